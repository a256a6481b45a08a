import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-XEX6EPX6.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-ZYEI3NUJ.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-UETDT4CE.js";
import "./chunk-MXC3UM7U.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-TLPQVJAN.js";
import "./chunk-DDOS7CQR.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-L6M6NNG5.js";
import "./chunk-IAKFL2C2.js";
import "./chunk-CCMOZWPI.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-RUNVZFOV.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-ORORB5BS.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
