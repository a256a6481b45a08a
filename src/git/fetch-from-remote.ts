import { runGit } from './run-git.js';

export interface FetchOptions {
  /** What to fetch: commit ids (the server must allow fetching reachable ones, as GitHub does) or refspecs. */
  refspecs: readonly string[];
  /** Fetch the complete history of what is fetched (`--unshallow`): only valid in a shallow clone. */
  unshallow: boolean;
  /** HTTP authentication for `serverUrl` (an Actions token), passed through the environment, never argv. */
  auth?: { serverUrl: string; token: string };
  remote?: string;
}

/**
 * Fetch commits the checkout lacks. Tags are not fetched, nothing is checked out and no hook runs.
 * The token goes in as an `http.<url>.extraheader` through GIT_CONFIG_COUNT so it never shows in a
 * process listing; the empty first value resets any header `actions/checkout` persisted, so git does
 * not send two Authorization headers. https://git-scm.com/docs/git-config#ENVIRONMENT
 * https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpextraHeader
 */
export async function fetchFromRemote(repoDir: string, options: FetchOptions): Promise<void> {
  const env: NodeJS.ProcessEnv = {};
  if (options.auth?.token) {
    const key = `http.${options.auth.serverUrl.replace(/\/+$/, '')}/.extraheader`;
    const basic = Buffer.from(`x-access-token:${options.auth.token}`).toString('base64');
    Object.assign(env, {
      GIT_CONFIG_COUNT: '2',
      GIT_CONFIG_KEY_0: key,
      GIT_CONFIG_VALUE_0: '',
      GIT_CONFIG_KEY_1: key,
      GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
    });
  }
  const args = ['fetch', '--no-tags', '--no-recurse-submodules', '--quiet'];
  if (options.unshallow) args.push('--unshallow');
  args.push(options.remote ?? 'origin', ...options.refspecs);
  await runGit(args, { cwd: repoDir, env });
}
