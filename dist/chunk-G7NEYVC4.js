import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-GTLT4YUC.js";
import "./chunk-4INUXJDG.js";
import "./chunk-PKYLV3QG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-KVGW4RWR.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-XFLLOSRN.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
