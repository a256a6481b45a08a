import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  loadSettings
} from "./chunk-UFSJTDRQ.js";
import "./chunk-NW7J4Z4E.js";
import "./chunk-LA5RXZQA.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-B745NQ36.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-DAOT27CP.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  loadSettings
};
