import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-HKFVWLIF.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-QCQ5IBBH.js";
import "./chunk-FE2FNU77.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-TLPQVJAN.js";
import "./chunk-5RGWUG3U.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-7A74ICZR.js";
import "./chunk-GQIHJH3S.js";
import "./chunk-5TY5TZIZ.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-KTTEHNMA.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-J6X33N3X.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
