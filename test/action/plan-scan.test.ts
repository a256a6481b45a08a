import { describe, expect, it } from 'vitest';
import { planScan } from '../../src/action/plan-scan.js';
import { ActionError } from '../../src/engine/errors.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const ZERO = '0'.repeat(40);
const pr = { number: 3, pull_request: { number: 3, base: { sha: A }, head: { sha: B } } };

describe('planScan', () => {
  it('scans a pull request from the merge base of base.sha and head.sha, not GITHUB_SHA', () => {
    for (const eventName of ['pull_request', 'pull_request_target']) {
      expect(planScan({ mode: 'auto', eventName, event: pr, sha: 'c'.repeat(40) })).toEqual({ kind: 'merge-base-range', base: A, head: B, label: 'pull request #3' });
    }
  });

  it('has nothing to scan when base equals head', () => {
    const same = { pull_request: { number: 3, base: { sha: A }, head: { sha: A } } };
    expect(planScan({ mode: 'auto', eventName: 'pull_request', event: same, sha: A })).toMatchObject({ kind: 'nothing' });
    expect(planScan({ mode: 'auto', eventName: 'push', event: { ref: 'refs/heads/x', before: A, after: A }, sha: A })).toMatchObject({ kind: 'nothing' });
  });

  it('reads pushes: before..after, new branch, deleted branch, force push with the default branch', () => {
    const repository = { default_branch: 'trunk' };
    expect(planScan({ mode: 'auto', eventName: 'push', event: { ref: 'refs/heads/x', before: A, after: B, forced: true, repository }, sha: B })).toEqual({
      kind: 'range', base: A, head: B, label: 'push to x', forced: true, ref: 'refs/heads/x', defaultBranch: 'trunk',
    });
    expect(planScan({ mode: 'auto', eventName: 'push', event: { ref: 'refs/heads/x', before: ZERO, after: B, created: true }, sha: B })).toMatchObject({ kind: 'new-branch', head: B });
    expect(planScan({ mode: 'auto', eventName: 'push', event: { ref: 'refs/heads/x', before: A, after: ZERO, deleted: true }, sha: A })).toMatchObject({ kind: 'nothing', reason: 'the push deleted the branch' });
  });

  it('scans base_sha..head_sha of a merge group, and the full history on schedule, workflow_dispatch and mode history', () => {
    expect(planScan({ mode: 'auto', eventName: 'merge_group', event: { merge_group: { base_sha: A, head_sha: B } }, sha: B })).toMatchObject({ kind: 'range', base: A, head: B });
    expect(planScan({ mode: 'auto', eventName: 'schedule', event: {}, sha: B })).toMatchObject({ kind: 'history', head: B });
    expect(planScan({ mode: 'auto', eventName: 'workflow_dispatch', event: {}, sha: B })).toMatchObject({ kind: 'history' });
    expect(planScan({ mode: 'history', eventName: 'pull_request', event: pr, sha: B })).toMatchObject({ kind: 'history' });
  });

  it('refuses a mode that does not fit the event, and events it cannot scan, naming what to change', () => {
    expect(() => planScan({ mode: 'pr', eventName: 'push', event: {}, sha: B })).toThrow(/input "mode" is "pr" but the event is "push"/);
    expect(() => planScan({ mode: 'auto', eventName: 'issues', event: {}, sha: B })).toThrow(ActionError);
    expect(() => planScan({ mode: 'auto', eventName: 'pull_request', event: { pull_request: { base: { sha: 'main' }, head: { sha: B } } }, sha: B })).toThrow(/pull_request.base.sha/);
  });
});
