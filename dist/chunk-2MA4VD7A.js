import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-MEV4SXU5.js";
import "./chunk-LC7Q7DKH.js";
import "./chunk-QTNGNMUC.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-ASXEWAQP.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-XVLFWIWQ.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
