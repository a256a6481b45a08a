import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-2PMH6F5W.js";
import "./chunk-WBB32KQ4.js";
import "./chunk-SDB5WHM5.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-U7VBXYQI.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-24HQYFXB.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
