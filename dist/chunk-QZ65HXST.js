import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-NCWISSAA.js";
import "./chunk-6VL2TJ4Z.js";
import "./chunk-ETLMOZSQ.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-ZSGSJXBB.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-DKI4VGBI.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
