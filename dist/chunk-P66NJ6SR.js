import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-S6KDAEM6.js";
import "./chunk-2XVPMO6D.js";
import "./chunk-DV2UTNTT.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-UQJ2DYV3.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-VETPVBPA.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
