import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-SDADUOCV.js";
import "./chunk-IMZDREGF.js";
import "./chunk-DV6MMPXW.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-MO46UAZY.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-IHOVVDOW.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
