import type { CandidateFilter } from './candidate.js';

/**
 * Content hashes in file names: bundlers name assets after their contents (`main.3f9a0c7e.js`,
 * `app-5d41402abc4b2a76b9719d911017c592.css`, `chunk.8f2d1c3b.map`), and caches and artifact
 * stores do the same. Those hashes fill built HTML and manifests and are public.
 */
const EXTENSION_AFTER = /^[.-]?(?:[\w-]{0,20}\.)?(?:m?js|cjs|css|map|html?|png|jpe?g|gif|svg|webp|woff2?|ttf|eot|ico|json|wasm|txt|tar\.gz|tgz|zip|whl|gz|bin|chunk)\b/i;
const PATH_BEFORE = /[\w-]*[/.-]$/;

export const isContentHashName: CandidateFilter = ({ secret, line, lineOffset, encoded }) => {
  // Hyphens and underscores too: a provider-shaped stretch (`ico-7a388b69...`) inside `video_box.ico-7a388b69....png`.
  if (!/^[0-9a-zA-Z_-]{6,80}$/.test(secret)) return undefined;
  const after = line.slice(lineOffset + (encoded ?? secret).length, lineOffset + (encoded ?? secret).length + 30);
  const before = line.slice(Math.max(0, lineOffset - 40), lineOffset);
  if (EXTENSION_AFTER.test(after) && PATH_BEFORE.test(before)) return 'content hash in a file name';
  return undefined;
};
