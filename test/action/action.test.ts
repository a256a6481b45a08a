import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeGithubToken } from '../helpers/fake-secrets.js';
import { checksHandler, startFakeGitHubApi, type FakeGitHubApi, type RecordedRequest } from '../helpers/github-api-server.js';
import {
  checkoutBranch,
  checkoutPullRequest,
  commit,
  commitMany,
  createOrigin,
  publishPullRequest,
  pruneUnreachable,
  pullRequestEvent,
  pushEvent,
  ZERO_SHA,
} from '../helpers/github-checkout.js';
import { errorAnnotations, runAction, type ActionRun } from '../helpers/run-action.js';
import { fingerprintOf } from '../../src/engine/fingerprint.js';
import { git } from '../helpers/temp-repo.js';

const require = createRequire(import.meta.url);
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
// The SARIF 2.1.0 schema is draft-04 (`id`, a `$schema` Ajv 8 does not know): load it as `$id` without `$schema`.
const { $schema: _draft04, id: sarifId, ...sarifSchema } = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
const validateSarif = addFormats(new Ajv({ strict: false, allErrors: true, unicodeRegExp: false })).compile({ $id: sarifId, ...sarifSchema });

let api: FakeGitHubApi;
let forbidden = false;
beforeEach(async () => {
  forbidden = false;
  api = await startFakeGitHubApi((r) => checksHandler({ forbidden })(r));
});
afterEach(async () => {
  // Every request the Action made must be one GitHub's REST description allows.
  expect(api.problems()).toEqual([]);
  await api.close();
});

type Annotation = { path: string; start_line: number; message: string; title: string };
const checkRequests = () => api.requests.filter((r) => r.operationId?.startsWith('checks/'));
const annotationsOf = (r: RecordedRequest) => ((r.body as { output?: { annotations?: Annotation[] } }).output?.annotations ?? []);
const allAnnotations = () => checkRequests().flatMap(annotationsOf);

/** No full secret anywhere the Action writes: logs (the runner's add-mask commands aside), summary, SARIF, outputs, API bodies. */
function expectNoLeak(run: ActionRun, secrets: string[], unreported: string[] = []): void {
  const log = (run.stdout + run.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
  const everything = [log, run.summary, run.sarif ?? '', JSON.stringify(run.outputs), JSON.stringify(api.requests.map((r) => r.body))].join('\n');
  for (const secret of [...secrets, ...unreported]) expect(everything).not.toContain(secret);
  for (const secret of secrets) expect(run.stdout).toContain(`::add-mask::${secret}`);
}

/** A repository with some history on main, as most pull requests start from. */
function originWithMain(): { origin: string; main: string } {
  const origin = createOrigin();
  commit(origin, { 'README.md': '# widgets\n', 'src/app.js': 'export const app = 1;\n' }, 'Initial commit');
  const main = commit(origin, { 'src/util.js': 'export const util = 2;\n' }, 'Add util');
  return { origin, main };
}

describe('leakguard Action on pull requests', () => {
  it('reports the 3 commits out of 40 that add secrets, each annotated on its head line through a check run', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const secrets = [fakeGithubToken(), fakeGithubToken(), fakeGithubToken()];
    const withSecret = new Map([[5, 0], [17, 1], [33, 2]]);
    const shas = commitMany(
      origin,
      'feature',
      Array.from({ length: 40 }, (_, i) => {
        const s = withSecret.get(i);
        // Commit 36 adds a header above service 0's token: at head it is on line 5, not the line 2 its commit put it on.
        if (i === 36) return { message: 'Add headers', files: { 'config/service-0.js': `// header\n// header\n// header\n// service 0\nexport const token = "${secrets[0]}";\n` } };
        return {
          message: s === undefined ? `Step ${i}` : `Configure service ${s}`,
          files: s === undefined ? { [`src/step-${i}.js`]: `export const step = ${i};\n` } : { [`config/service-${s}.js`]: `// service ${s}\nexport const token = "${secrets[s]}";\n` },
        };
      }),
    );
    const head = shas[39]!;
    const merge = publishPullRequest(origin, 7, main, head);
    const ws = checkoutPullRequest(origin, 7, { depth: 0 });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(7, main, head, { commits: 40 }), apiUrl: api.url, sha: merge });

    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ findings: '3', sarif: 'leakguard.sarif' });
    const [create, ...updates] = checkRequests();
    expect(create!.operationId).toBe('checks/create');
    expect(updates).toEqual([]);
    // The annotations belong to the PR head, not GITHUB_SHA (a synthetic merge commit).
    expect(create!.body).toMatchObject({ name: 'leakguard', head_sha: head, conclusion: 'failure', status: 'completed' });
    expect(annotationsOf(create!).map((a) => `${a.path}:${a.start_line}`)).toEqual(['config/service-0.js:5', 'config/service-1.js:2', 'config/service-2.js:2']);
    for (const [i, s] of [[5, 0], [17, 1], [33, 2]] as const) {
      expect(run.summary).toContain(`<code>${shas[i]!.slice(0, 12)}</code> Configure service ${s}`);
      expect(annotationsOf(create!)[s]!.message).toContain(`ghp_...${secrets[s]!.slice(-4)}`);
    }
    expect(run.summary).toContain('40 commits');
    expect(run.summary).toMatch(/\| github-pat \(.*\) \| 3 \|/);
    const sarif = JSON.parse(run.sarif!);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results.map((r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([5, 2, 2]);
    expectNoLeak(run, secrets);
  });

  it('scans every commit of a pull request with more than 250 commits', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const first = fakeGithubToken();
    const last = fakeGithubToken();
    const shas = commitMany(
      origin,
      'feature',
      Array.from({ length: 270 }, (_, i) => ({
        message: `Change ${i}`,
        files: { [`src/f${i % 20}.js`]: i === 0 ? `export const t = "${first}";\n` : i === 269 ? `export const u = "${last}";\n` : `export const v = ${i};\n` },
      })),
    );
    const head = shas[269]!;
    const merge = publishPullRequest(origin, 8, main, head);
    const ws = checkoutPullRequest(origin, 8, { depth: 0 });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(8, main, head, { commits: 270 }), apiUrl: api.url, sha: merge });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('2');
    expect(run.summary).toContain('270 commits');
    // The first commit's file was overwritten by commit 20: its secret is listed as added and removed.
    expect(run.summary).toContain('Added and removed again');
    expect(run.summary).toContain(shas[0]!.slice(0, 12));
    expect(allAnnotations().map((a) => `${a.path}:${a.start_line}`)).toEqual(['src/f9.js:1']);
    expectNoLeak(run, [first, last]);
  });

  it('succeeds with nothing to scan when base equals head, without calling the API', async () => {
    const { origin, main } = originWithMain();
    const ws = checkoutBranch(origin, 'main', { depth: 1 });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(9, main, main), apiUrl: api.url, sha: main });

    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('0');
    expect(run.summary).toContain('Nothing to scan');
    expect(api.requests).toEqual([]);
  });

  it('reports a secret added and removed inside the pull request, in the summary with its commit and without an annotation', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const secret = fakeGithubToken();
    const added = commit(origin, { 'src/client.js': `const token = "${secret}";\nexport default token;\n` }, 'Add API client');
    const head = commit(origin, { 'src/client.js': 'const token = process.env.TOKEN;\nexport default token;\n' }, 'Read the token from the environment');
    const merge = publishPullRequest(origin, 10, main, head);
    const ws = checkoutPullRequest(origin, 10, { depth: 0 });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(10, main, head, { commits: 2 }), apiUrl: api.url, sha: merge });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(allAnnotations()).toEqual([]);
    const removedSection = run.summary.slice(run.summary.indexOf('### Added and removed again'));
    expect(removedSection).toContain('<code>src/client.js:1</code>');
    expect(removedSection).toContain(`<code>${added.slice(0, 12)}</code> Add API client`);
    expect(checkRequests()[0]!.body).toMatchObject({ conclusion: 'failure' });
    expectNoLeak(run, [secret]);
  });

  it('does not report a secret that was already on the base branch before the pull request', async () => {
    const origin = createOrigin();
    const old = fakeGithubToken();
    commit(origin, { 'legacy/settings.py': `TOKEN = "${old}"\n` }, 'Old settings');
    const main = commit(origin, { 'README.md': '# widgets\n' }, 'Readme');
    git(origin, 'checkout', '-q', '-b', 'feature');
    const head = commit(origin, { 'src/new.py': 'print("hello")\n', 'legacy/other.py': 'x = 1\n' }, 'Add new module');
    const merge = publishPullRequest(origin, 11, main, head);
    const ws = checkoutPullRequest(origin, 11, { depth: 0 });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(11, main, head), apiUrl: api.url, sha: merge });

    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('0');
    expect(run.summary).toContain('no secrets found');
    expect(checkRequests()).toHaveLength(1);
    expect(checkRequests()[0]!.body).toMatchObject({ head_sha: head, conclusion: 'success' });
  });

  it('annotates 120 findings through the check run in 3 requests of at most 50', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const secrets = Array.from({ length: 120 }, () => fakeGithubToken());
    const head = commit(origin, { 'fixtures/tokens.js': secrets.map((s, i) => `export const T${i} = "${s}";\n`).join('') }, 'Add token list');
    const merge = publishPullRequest(origin, 12, main, head);
    const ws = checkoutPullRequest(origin, 12, { depth: 0 });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(12, main, head), apiUrl: api.url, sha: merge });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('120');
    const requests = checkRequests();
    expect(requests.map((r) => r.operationId)).toEqual(['checks/create', 'checks/update', 'checks/update']);
    expect(requests.map((r) => annotationsOf(r).length)).toEqual([50, 50, 20]);
    expect(requests[0]!.body).toMatchObject({ status: 'in_progress' });
    expect(requests[1]!.body).not.toHaveProperty('conclusion');
    expect(requests[2]!.body).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(requests[1]!.pathParams.check_run_id).toBe('1000');
    expect(allAnnotations().map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expectNoLeak(run, secrets);
  });

  it('falls back to workflow-command annotations on a fork pull request (403) and lists the overflow past 10 in the summary', async () => {
    forbidden = true;
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const secrets = Array.from({ length: 12 }, () => fakeGithubToken());
    const head = commit(origin, { 'contrib/keys.js': secrets.map((s, i) => `export const K${i} = "${s}";\n`).join('') }, 'Contribution');
    const merge = publishPullRequest(origin, 13, main, head);
    const ws = checkoutPullRequest(origin, 13, { depth: 0 });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(13, main, head, { fork: true }), apiUrl: api.url, sha: merge });

    expect(run.code).toBe(1);
    expect(checkRequests().map((r) => r.operationId)).toEqual(['checks/create']);
    const shown = errorAnnotations(run.stdout);
    expect(shown).toHaveLength(10);
    expect(shown.map((a) => `${a.file}:${a.line}`)).toEqual(Array.from({ length: 10 }, (_, i) => `contrib/keys.js:${i + 1}`));
    const overflow = run.summary.slice(run.summary.indexOf('### Not annotated (2)'));
    expect(overflow).toContain('<code>contrib/keys.js:11</code>');
    expect(overflow).toContain('<code>contrib/keys.js:12</code>');
    expectNoLeak(run, secrets);
  });

  it('deepens a shallow checkout (fetch-depth 1) with a fetch and scans the whole pull request', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const secret = fakeGithubToken();
    const early = commit(origin, { 'src/a.js': `export const a = "${secret}";\n` }, 'Early change');
    for (let i = 0; i < 5; i++) commit(origin, { [`src/b${i}.js`]: `export const b = ${i};\n` }, `Later change ${i}`);
    const head = git(origin, 'rev-parse', 'HEAD').trim();
    const merge = publishPullRequest(origin, 14, main, head);
    const ws = checkoutPullRequest(origin, 14, { depth: 1 });
    expect(git(ws, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(14, main, head, { commits: 6 }), apiUrl: api.url, sha: merge });

    // Failed once in a clean-clone CI run (exit 0), never since in isolation or under load: say why if it does.
    expect(run.code, `${run.stderr}\n${run.summary}`.replaceAll(secret, '<secret>')).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain('6 commits');
    expect(run.summary).toContain('The checkout was shallow');
    expect(run.summary).toContain(early.slice(0, 12));
    expectNoLeak(run, [secret]);
  });

  it('fails naming fetch-depth: 0 when a shallow checkout cannot be deepened, never passing', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const head = commit(origin, { 'src/a.js': `export const a = "${fakeGithubToken()}";\n` }, 'Change');
    const merge = publishPullRequest(origin, 15, main, head);
    const ws = checkoutPullRequest(origin, 15, { depth: 1 });
    git(ws, 'remote', 'set-url', 'origin', `file://${origin}-gone`);

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(15, main, head), apiUrl: api.url, sha: merge });

    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain('fetch-depth: 0');
    expect(run.stdout).not.toContain('no secrets found');
    expect(run.outputs.findings).toBeUndefined();
  });

  it('on pull_request_target (base branch checked out) fetches the head commits by id and scans them from git objects', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const secret = fakeGithubToken();
    const head = commit(origin, { 'src/pr.js': `export const k = "${secret}";\n` }, 'Outside contribution');
    publishPullRequest(origin, 18, main, head);
    git(origin, 'checkout', '-q', 'main');
    git(origin, 'branch', '-q', '-D', 'feature'); // only refs/pull/18/head holds the commits, as for a fork
    const ws = checkoutBranch(origin, 'main', { depth: 0 });
    expect(() => git(ws, 'cat-file', '-e', `${head}^{commit}`)).toThrow();

    const run = await runAction({ workspace: ws, eventName: 'pull_request_target', event: pullRequestEvent(18, main, head, { fork: true }), apiUrl: api.url, sha: main });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain(`Fetched ${head.slice(0, 12)}, which the checkout lacked`);
    // The work tree is the base branch: the annotation still points at the PR head's file and line.
    expect(checkRequests()[0]!.body).toMatchObject({ head_sha: head });
    expect(allAnnotations().map((a) => `${a.path}:${a.start_line}`)).toEqual(['src/pr.js:1']);
    expectNoLeak(run, [secret]);
  });

  it('reads content from git objects only: editing the work tree after checkout changes nothing', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const secret = fakeGithubToken();
    const head = commit(origin, { 'src/k.js': `export const k = "${secret}";\n` }, 'Key');
    const merge = publishPullRequest(origin, 19, main, head);
    const ws = checkoutPullRequest(origin, 19, { depth: 0 });
    writeFileSync(join(ws, 'src/k.js'), 'export const k = process.env.K;\n');
    rmSync(join(ws, 'src'), { recursive: true });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(19, main, head), apiUrl: api.url, sha: merge });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(allAnnotations().map((a) => `${a.path}:${a.start_line}`)).toEqual(['src/k.js:1']);
  });

  it('fails the step naming the input when an input is invalid', async () => {
    const { origin, main } = originWithMain();
    const ws = checkoutBranch(origin, 'main', { depth: 1 });
    const run = await runAction({ workspace: ws, eventName: 'push', event: pushEvent('main', main, main), apiUrl: api.url, sha: main, inputs: { 'fail-on-findings': 'yes' } });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::leakguard: input "fail-on-findings" must be true or false, not "yes"');
  });
});

describe('leakguard Action: baseline and merge queue', () => {
  it('hides findings the repository baseline lists and says how many', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const accepted = fakeGithubToken();
    const fresh = fakeGithubToken();
    const baseline = { version: 1, findings: [{ fingerprint: fingerprintOf('github-pat', 'test/data.js', accepted), rule: 'github-pat', path: 'test/data.js' }] };
    const head = commit(origin, { 'test/data.js': `export const t = "${accepted}";\n`, 'src/b.js': `export const u = "${fresh}";\n`, '.leakguard-baseline.json': JSON.stringify(baseline) }, 'Data');
    const merge = publishPullRequest(origin, 16, main, head);
    const ws = checkoutPullRequest(origin, 16, { depth: 0 });

    const run = await runAction({ workspace: ws, eventName: 'pull_request', event: pullRequestEvent(16, main, head), apiUrl: api.url, sha: merge });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain('1 finding hidden by the baseline');
    // The pull request wrote that baseline itself: the summary says so.
    expect(run.summary).toContain('These commits change .leakguard-baseline.json, which decide what is reported here');
    expect(allAnnotations().map((a) => a.path)).toEqual(['src/b.js']);
    expectNoLeak(run, [accepted, fresh]);
  });

  it('scans base_sha..head_sha of a merge group and masks a secret quoted in a commit message', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'gh-readonly-queue/main/pr-17');
    const secret = fakeGithubToken();
    const head = commit(origin, { 'cfg.env': `TOKEN=${secret}\n` }, `Add TOKEN=${secret}`);
    const ws = checkoutBranch(origin, 'gh-readonly-queue/main/pr-17', { depth: 0 });
    const event = { action: 'checks_requested', merge_group: { head_sha: head, head_ref: 'refs/heads/gh-readonly-queue/main/pr-17', base_sha: main, base_ref: 'refs/heads/main' }, repository: { full_name: 'octo-org/widgets', default_branch: 'main' } };

    const run = await runAction({ workspace: ws, eventName: 'merge_group', event, apiUrl: api.url, sha: head });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain(`${main.slice(0, 12)}..${head.slice(0, 12)}`);
    expect(run.summary).toContain(`Add TOKEN=ghp\\_...${secret.slice(-4)}`); // Markdown-escaped
    expect(allAnnotations()[0]!.message).toContain(`Add TOKEN=ghp_...${secret.slice(-4)}`);
    expectNoLeak(run, [secret]);
  });
});

describe('leakguard Action on pushes', () => {
  it('scans only the commits a new branch brings, not those already on other branches', async () => {
    const origin = createOrigin();
    const old = fakeGithubToken();
    commit(origin, { 'legacy.env': `TOKEN=${old}\n` }, 'Old secret on main');
    commit(origin, { 'README.md': '# widgets\n' }, 'Readme');
    git(origin, 'checkout', '-q', '-b', 'topic');
    const secret = fakeGithubToken();
    const added = commit(origin, { 'deploy/keys.env': `DEPLOY_TOKEN=${secret}\n` }, 'Deploy keys');
    const head = commit(origin, { 'deploy/run.sh': 'echo deploy\n' }, 'Deploy script');
    const ws = checkoutBranch(origin, 'topic', { depth: 1 });

    const run = await runAction({ workspace: ws, eventName: 'push', event: pushEvent('topic', ZERO_SHA, head, { created: true }), apiUrl: api.url, sha: head });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain('2 commits');
    expect(run.summary).toContain(added.slice(0, 12));
    expect(allAnnotations().map((a) => `${a.path}:${a.start_line}`)).toEqual(['deploy/keys.env:1']);
    expect(checkRequests()[0]!.body).toMatchObject({ head_sha: head });
    expectNoLeak(run, [secret], [old]);
  });

  it('falls back to the merge base with the default branch after a force push whose old tip is gone', async () => {
    const { origin, main } = originWithMain();
    git(origin, 'checkout', '-q', '-b', 'feature');
    const before = commit(origin, { 'src/draft.js': 'export const draft = 1;\n' }, 'Draft');
    git(origin, 'reset', '-q', '--hard', main);
    const secret = fakeGithubToken();
    commit(origin, { 'src/rewritten.js': `export const key = "${secret}";\n` }, 'Rewritten');
    const after = commit(origin, { 'src/more.js': 'export const more = 1;\n' }, 'More');
    pruneUnreachable(origin);
    const ws = checkoutBranch(origin, 'feature', { depth: 1 });

    const run = await runAction({ workspace: ws, eventName: 'push', event: pushEvent('feature', before, after, { forced: true }), apiUrl: api.url, sha: after });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('1');
    expect(run.summary).toContain(`the previous tip ${before.slice(0, 12)} is gone`);
    expect(run.summary).toContain(`merge base with main (${main.slice(0, 12)})`);
    expect(run.summary).toContain('2 commits');
    expectNoLeak(run, [secret]);
  });

  it('scans before..after of an ordinary push and nothing for a deleted branch', async () => {
    const { origin, main } = originWithMain();
    const secret = fakeGithubToken();
    const after = commit(origin, { 'k.env': `GH=${secret}\n` }, 'Add key');
    const ws = checkoutBranch(origin, 'main', { depth: 1 });

    const run = await runAction({ workspace: ws, eventName: 'push', event: pushEvent('main', main, after), apiUrl: api.url, sha: after, inputs: { 'fail-on-findings': 'false' } });
    expect(run.code).toBe(0);
    expect(run.outputs.findings).toBe('1');
    expect(checkRequests()[0]!.body).toMatchObject({ conclusion: 'neutral' });

    const deleted = await runAction({ workspace: ws, eventName: 'push', event: pushEvent('old', after, ZERO_SHA, { deleted: true }), apiUrl: api.url, sha: after });
    expect(deleted.code).toBe(0);
    expect(deleted.summary).toContain('the push deleted the branch');

    const quiet = await runAction({ workspace: ws, eventName: 'push', event: pushEvent('main', main, after), apiUrl: api.url, sha: after, inputs: { annotations: 'false', sarif: '' } });
    expect(quiet.code).toBe(1);
    expect(quiet.outputs).toEqual({ findings: '1', sarif: '' });
    expect(checkRequests()).toHaveLength(1); // only the first run's
    expect(errorAnnotations(quiet.stdout)).toEqual([]);
    expectNoLeak(run, [secret]);
  });
});

describe('leakguard Action full-history audit', () => {
  it('audits every commit on schedule, deepening a shallow checkout, and annotates what is still at the tip', async () => {
    const origin = createOrigin();
    const gone = fakeGithubToken();
    const still = fakeGithubToken();
    const introduced = commit(origin, { 'ops/deploy.sh': `export GH_TOKEN=${gone}\n` }, 'Deploy script');
    commit(origin, { 'ops/deploy.sh': 'export GH_TOKEN="$DEPLOY_TOKEN"\n' }, 'Token from the environment');
    commit(origin, { 'ci/bot.env': `BOT=${still}\n` }, 'Bot');
    const tip = commit(origin, { 'README.md': '# widgets\n' }, 'Readme');
    const ws = checkoutBranch(origin, 'main', { depth: 1 });

    const run = await runAction({ workspace: ws, eventName: 'schedule', event: { schedule: '17 3 * * 1', repository: { full_name: 'octo-org/widgets', default_branch: 'main' } }, apiUrl: api.url, sha: tip });

    expect(run.code).toBe(1);
    expect(run.outputs.findings).toBe('2');
    expect(run.summary).toContain('Audited the full history: 4 commits');
    expect(run.summary).toContain('The checkout was shallow');
    const historyOnly = run.summary.slice(run.summary.indexOf('### In the history only'));
    expect(historyOnly).toContain(`<code>${introduced.slice(0, 12)}</code> Deploy script`);
    expect(allAnnotations().map((a) => `${a.path}:${a.start_line}`)).toEqual(['ci/bot.env:1']);
    expect(checkRequests()[0]!.body).toMatchObject({ head_sha: tip });
    expectNoLeak(run, [gone, still]);
  });
});
