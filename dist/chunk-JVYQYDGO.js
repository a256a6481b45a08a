import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-LD2EBCGW.js";
import "./chunk-43AT4IUR.js";
import "./chunk-KV34KRE5.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-XFYEBRSW.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-TFOGIYSB.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
