import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  runGit,
  runGitSync
} from "./chunk-WGWO7BKU.js";

// src/git/work-tree.ts
function findWorkTreeRoot(dir) {
  const r = runGitSync(["rev-parse", "--show-toplevel"], dir);
  return r.ok ? r.stdout.trim() || void 0 : void 0;
}
async function listUnignoredFiles(dir) {
  const { stdout } = await runGit(["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--full-name", "--", "."], { cwd: dir });
  const prefix = runGitSync(["rev-parse", "--show-prefix"], dir).stdout.trim();
  const seen = /* @__PURE__ */ new Set();
  for (const p of stdout.toString("utf8").split("\0")) {
    if (!p) continue;
    seen.add(prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p);
  }
  return [...seen];
}

export {
  findWorkTreeRoot,
  listUnignoredFiles
};
