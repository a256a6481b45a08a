import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-MGH245V7.js";
import "./chunk-3CICSTQD.js";
import "./chunk-6XWAB3X2.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-4QKORNLM.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-VABVHRWJ.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
