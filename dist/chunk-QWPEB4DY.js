import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-IZ5JHK3Y.js";
import "./chunk-LCTJPX3U.js";
import "./chunk-WRZBF6LN.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-VYJXOQNX.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-5KGYPHKB.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
