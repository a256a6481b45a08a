import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-HGJ57OKV.js";
import "./chunk-F3I2X3VX.js";
import "./chunk-HQ6Z67WE.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-WAPF2XOM.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-M5A2XGW2.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
