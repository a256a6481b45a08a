import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-HMA7J7YQ.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-ZYEI3NUJ.js";
import "./chunk-UETDT4CE.js";
import "./chunk-NCJGKMUJ.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-TLPQVJAN.js";
import "./chunk-BE3HK4W6.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-PK4AJ7FS.js";
import "./chunk-G3X7MC4J.js";
import "./chunk-PSH2ZRLV.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-E3KP3PCV.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-DJOLAF7X.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
