import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/pool/worker-limits.ts
var WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 24 };

// src/pool/prestart.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var spare = [];
function prestartScanWorkers(count = availableParallelism() - 1) {
  const file = fileURLToPath(new URL("./scan-worker.js", import.meta.url));
  if (count < 1 || spare.length > 0 || !existsSync(file)) return;
  for (let i = 0; i < count; i++) {
    const worker = new Worker(file, { resourceLimits: WORKER_RESOURCE_LIMITS });
    worker.unref();
    const drop = () => {
      const at = spare.indexOf(worker);
      if (at >= 0) spare.splice(at, 1);
    };
    worker.on("error", drop);
    worker.on("exit", drop);
    spare.push(worker);
  }
}
function takePrestartedWorker() {
  const worker = spare.pop();
  worker?.ref();
  return worker;
}

export {
  WORKER_RESOURCE_LIMITS,
  prestartScanWorkers,
  takePrestartedWorker
};
