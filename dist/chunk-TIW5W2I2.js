import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-ZWIPWA55.js";
import "./chunk-PL3DG7BK.js";
import "./chunk-4TWYOBP6.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-AJ2WHKEC.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-KP72W6YS.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
