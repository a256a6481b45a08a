import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  BASELINE_FILE_NAME,
  formatBaseline,
  readBaseline
} from "./chunk-NU3TKBUW.js";
import "./chunk-U5FWPGJ3.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  BASELINE_FILE_NAME,
  formatBaseline,
  readBaseline
};
