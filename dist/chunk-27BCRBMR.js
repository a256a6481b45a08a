import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-3SNGS74Z.js";
import "./chunk-NWZSFQH4.js";
import "./chunk-VYTMMUH6.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-ZYGID5LW.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-WL3DAIW7.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
