import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-4RF4IYD2.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-QCQ5IBBH.js";
import "./chunk-ZPWSQCKX.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-TLPQVJAN.js";
import "./chunk-REPAVEFU.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-IZ5JHK3Y.js";
import "./chunk-LCTJPX3U.js";
import "./chunk-WRZBF6LN.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-VYJXOQNX.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-5KGYPHKB.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
