import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);

// src/cli/scan-git-fragments.ts
import { existsSync } from "node:fs";
import { join } from "node:path";
async function scanGitFragments(command, root, fragments, stats, options, cwd, startedAt) {
  let loaded;
  let effective = options;
  let rootPath = typeof root === "string" ? root : void 0;
  let scan;
  const findings = [];
  for await (const fragment of fragments) {
    if (!scan) {
      const [{ loadSettings }, { createScanner }, { BASELINE_FILE_NAME }] = await Promise.all([
        import("./chunk-ORRHTGZ6.js"),
        import("./chunk-L52QKDIU.js"),
        import("./chunk-HLFOCW76.js")
      ]);
      rootPath ??= root();
      effective = withDefaultBaseline(options, join(rootPath, BASELINE_FILE_NAME));
      loaded = loadSettings(effective, rootPath, cwd);
      scan = createScanner(loaded.settings.rules, { allowlist: loaded.settings.allowlist }).scan;
    }
    findings.push(...scan(fragment));
  }
  if (rootPath === void 0 && (options.format !== "text" || options.output)) rootPath = root();
  const outcome = {
    command,
    root: rootPath ?? cwd,
    findings,
    rules: loaded?.settings.rules ?? [],
    warnings: [],
    startedAt,
    stats: { files: stats.files, bytes: stats.bytes, binary: stats.binary, unreadable: [], skipped: stats.skipped, commits: stats.commits }
  };
  return { outcome, loaded, options: effective };
}
function withDefaultBaseline(options, defaultPath) {
  if (options.baseline !== void 0) return options;
  return existsSync(defaultPath) ? { ...options, baseline: defaultPath } : options;
}

export {
  scanGitFragments
};
