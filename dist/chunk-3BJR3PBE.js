import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-PK4AJ7FS.js";
import "./chunk-G3X7MC4J.js";
import "./chunk-PSH2ZRLV.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-E3KP3PCV.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-DJOLAF7X.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
