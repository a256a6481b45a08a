import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-B2FX3GMH.js";
import "./chunk-OLIYJ6CH.js";
import "./chunk-5YHAP6LE.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-QADGQ4NV.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-G3PKUBRQ.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
