import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-2DZJQQXA.js";
import "./chunk-XP2KGAA6.js";
import "./chunk-EOIRWC7A.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-G6RVRQZH.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-ES4THOJL.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
