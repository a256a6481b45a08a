import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-RE2JNI76.js";
import "./chunk-MB4SFSMX.js";
import "./chunk-CJ2DCFPL.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-A2SVQXDJ.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-JJII7G7P.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
