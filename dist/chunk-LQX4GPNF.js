import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-GOW63236.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-QCQ5IBBH.js";
import "./chunk-LCQGEDY5.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-TLPQVJAN.js";
import "./chunk-PXGBXMDG.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-24HYKNQ7.js";
import "./chunk-VLX6ERTN.js";
import "./chunk-HFWHXRSS.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-X5QDE3SU.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-G6MHM4B5.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
