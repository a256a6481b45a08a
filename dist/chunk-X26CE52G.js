import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  SCAN_HELP,
  runScan,
  scanCommand
} from "./chunk-JSLNOS5H.js";
import "./chunk-OZOH6UJQ.js";
import "./chunk-TQS54TRJ.js";
import "./chunk-L2P3JJDE.js";
import "./chunk-FTGYC6T4.js";
import "./chunk-WQS4HTZQ.js";
export {
  SCAN_HELP,
  runScan,
  scanCommand
};
