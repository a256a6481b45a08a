import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-7A74ICZR.js";
import "./chunk-GQIHJH3S.js";
import "./chunk-5TY5TZIZ.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-KTTEHNMA.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-J6X33N3X.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
