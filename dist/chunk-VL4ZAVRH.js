import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-WYO5POIB.js";
import "./chunk-FTPCFWNY.js";
import "./chunk-4L2AKU7P.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-E65QUYCD.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-HXVJ33M6.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
