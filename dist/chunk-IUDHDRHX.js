import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-JSV5J3IL.js";
import "./chunk-TOMDRCNH.js";
import "./chunk-O7OJYGPH.js";
import "./chunk-ZYEI3NUJ.js";
import "./chunk-UETDT4CE.js";
import "./chunk-ENFBPK2Y.js";
import "./chunk-WGWO7BKU.js";
import "./chunk-TLPQVJAN.js";
import "./chunk-FJO2AE4Z.js";
import "./chunk-YA4VWDUB.js";
import "./chunk-GTLT4YUC.js";
import "./chunk-4INUXJDG.js";
import "./chunk-PKYLV3QG.js";
import "./chunk-VRE7ITGE.js";
import "./chunk-LQ4OAWDE.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-SUJUIZ3C.js";
import "./chunk-DLHQVUMH.js";
import "./chunk-DHDCQOBG.js";
import "./chunk-NU3TKBUW.js";
import "./chunk-KVGW4RWR.js";
import "./chunk-YPGOYIRK.js";
import "./chunk-E6TSIIIV.js";
import "./chunk-XFLLOSRN.js";
import "./chunk-X3KJ4NUT.js";
import "./chunk-7LWLHRZ4.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
