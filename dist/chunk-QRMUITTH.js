import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-2G4QSAIH.js";
import "./chunk-NQSP7N6W.js";
import "./chunk-XX5U3HP4.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-PBQCHGON.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-QPQFDSK4.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
