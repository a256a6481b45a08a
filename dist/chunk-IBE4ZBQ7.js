import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-ZYRXQQSP.js";
import "./chunk-5BYQX7BX.js";
import "./chunk-2EDC3LRV.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-HL66HPJA.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-54AUW4RJ.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
