import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-CZZXF56V.js";
import "./chunk-JKRC5T6T.js";
import "./chunk-46E44AKI.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-KKJSFIM7.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-IVO4D4L5.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
