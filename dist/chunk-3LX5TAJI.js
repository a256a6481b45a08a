import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-D6RHVNPU.js";
import "./chunk-IZQY7OLE.js";
import "./chunk-SH2X2HPW.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-KZ3WZ3WM.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-Z4IWXPTT.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
