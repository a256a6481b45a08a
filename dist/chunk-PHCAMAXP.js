import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-KUVAPVVT.js";
import "./chunk-75L63Y2A.js";
import "./chunk-NWUYO53J.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-2K6ENXDE.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-DEPGHLCT.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
