import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-KKVKPHCN.js";
import "./chunk-J6PXWFUB.js";
import "./chunk-IARSHMZB.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-HBNJT2W5.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-K6AWBBZE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
