import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-674ZHXPR.js";
import "./chunk-DYSCX2MG.js";
import "./chunk-N75KJLRD.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-VCW4MJOH.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-53NFH3CB.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
