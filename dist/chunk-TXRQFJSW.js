import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-BPXIICWT.js";
import "./chunk-PWDZ7LZM.js";
import "./chunk-NVWAA2MV.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-I3OKHASK.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-ANDOHBFA.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
