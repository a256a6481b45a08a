import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-N34WIMW4.js";
import "./chunk-N4KOU5X4.js";
import "./chunk-XESH4B3Q.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-Y3US5LLQ.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-GV6Z5MZJ.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
