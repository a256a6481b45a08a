import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-XUL3CWOJ.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-ZYEI3NUJ.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-UETDT4CE.js";
import "./chunk-NEIB2ZAQ.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-TLPQVJAN.js";
import "./chunk-NJ3GTFSL.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-ZYRXQQSP.js";
import "./chunk-5BYQX7BX.js";
import "./chunk-2EDC3LRV.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-HL66HPJA.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-54AUW4RJ.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
