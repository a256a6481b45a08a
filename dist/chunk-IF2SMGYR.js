import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-XFFTXVR6.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-ZYEI3NUJ.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-UETDT4CE.js";
import "./chunk-7ERDR4WS.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-B4EJ7F2I.js";
import "./chunk-UWPGOTL4.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-N34WIMW4.js";
import "./chunk-N4KOU5X4.js";
import "./chunk-XESH4B3Q.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-Y3US5LLQ.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-GV6Z5MZJ.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
