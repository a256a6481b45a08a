import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { runGit } from './run-git.js';

/** The packs a history audit can read directly, or why it should read through `git cat-file` instead. */
export type PackFiles = { packs: string[] } | { reason: string };

/** Alternates chains deeper than this are git's own limit too (link_alt_odb_entries' depth check). */
const MAX_ALTERNATE_DEPTH = 5;

/**
 * Every `.pack` (with its `.idx`) of the repository's object directory and of its alternates
 * (https://git-scm.com/docs/gitrepository-layout#Documentation/gitrepository-layout.txt-objectsinfoalternates),
 * in a fixed order. The pack reader knows SHA-1 packs only, and loose objects are read through cat-file:
 * when most objects are loose, or anything is unusual (SHA-256, objects in an environment-given directory,
 * a quoted alternate path), the answer is a reason, and the audit reads everything the old way.
 * `force` skips the judgement of speed (loose objects), never the checks of what the reader can read.
 */
export async function findPackFiles(cwd: string, force = false): Promise<PackFiles> {
  if (process.env.GIT_ALTERNATE_OBJECT_DIRECTORIES || process.env.GIT_OBJECT_DIRECTORY) return { reason: 'object directories come from the environment' };
  // https://git-scm.com/docs/git-rev-parse#Documentation/git-rev-parse.txt---show-object-formatstorageinputoutput
  const [format, objectsPath, counts] = await Promise.all([
    runGit(['rev-parse', '--show-object-format'], { cwd, okCodes: [128, 129] }),
    runGit(['rev-parse', '--git-path', 'objects'], { cwd }),
    // https://git-scm.com/docs/git-count-objects: `count` is loose objects, `in-pack` packed ones.
    runGit(['count-objects', '-v'], { cwd }),
  ]);
  if (format.code !== 0 || format.stdout.toString('utf8').trim() !== 'sha1') return { reason: 'not a SHA-1 repository' };
  const stats = new Map(counts.stdout.toString('utf8').split('\n').map((line) => [line.split(':')[0]!, Number(line.split(':')[1])]));
  if (!force && (stats.get('count') ?? 0) > (stats.get('in-pack') ?? 0)) return { reason: 'most objects are loose' };
  const objects = resolve(cwd, objectsPath.stdout.toString('utf8').trim());
  const dirs: string[] = [];
  const bad = collectObjectDirs(objects, 0, dirs);
  if (bad) return { reason: bad };
  const packs: string[] = [];
  for (const dir of dirs) {
    const packDir = join(dir, 'pack');
    if (!existsSync(packDir)) continue;
    for (const name of readdirSync(packDir).sort()) {
      if (name.endsWith('.pack') && existsSync(join(packDir, `${name.slice(0, -5)}.idx`))) packs.push(join(packDir, name));
    }
  }
  return packs.length > 0 ? { packs } : { reason: 'no packs' };
}

/** The object directory and its alternates, depth first, each once; or why they cannot be listed. */
function collectObjectDirs(dir: string, depth: number, into: string[]): string | undefined {
  if (into.includes(dir)) return undefined;
  into.push(dir);
  const file = join(dir, 'info', 'alternates');
  if (!existsSync(file)) return undefined;
  if (depth >= MAX_ALTERNATE_DEPTH) return 'alternates nest too deep';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const entry = line.trim();
    if (entry === '' || entry.startsWith('#')) continue;
    // A quoted path has C-style escapes: rare enough to leave to git.
    if (entry.startsWith('"')) return 'a quoted alternates path';
    const alternate = isAbsolute(entry) ? entry : resolve(dir, entry);
    if (!existsSync(alternate)) continue;
    const bad = collectObjectDirs(alternate, depth + 1, into);
    if (bad) return bad;
  }
  return undefined;
}

