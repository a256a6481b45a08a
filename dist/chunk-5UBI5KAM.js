import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-NPYMHBKN.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-QCQ5IBBH.js";
import "./chunk-OSKD6U6Y.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-YPKIN75K.js";
import "./chunk-NMRZ3UOB.js";
import "./chunk-L4K7NUFA.js";
import "./chunk-B66TENFR.js";
import "./chunk-S4SPJTF5.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-5NLC3WWJ.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-R4CK7SX5.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
