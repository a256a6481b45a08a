import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-RGGT73YB.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-ZYEI3NUJ.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-UETDT4CE.js";
import "./chunk-YJHRYTX7.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-B4EJ7F2I.js";
import "./chunk-2SKL5KL2.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-PYSNMPX6.js";
import "./chunk-Y6ERE2EU.js";
import "./chunk-O4O2RQMY.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-U5FWPGJ3.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-RFKOUKFE.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
