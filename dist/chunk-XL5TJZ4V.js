import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-L4K7NUFA.js";
import "./chunk-B66TENFR.js";
import "./chunk-S4SPJTF5.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-5NLC3WWJ.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-R4CK7SX5.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
