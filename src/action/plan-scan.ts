import { ActionError } from '../engine/errors.js';
import type { ActionMode } from './read-settings.js';

/** git's name for "no commit": `before` of a new branch, `after` of a deleted one. */
const ZERO_SHA = /^0+$/;

/**
 * What the triggering event asks to scan, before git is consulted. Pure: the payload in, a plan out.
 * Payload fields: https://docs.github.com/en/webhooks/webhook-events-and-payloads
 */
export type ScanPlan =
  /** The commits from the merge base of `base` and `head` up to `head` (pull requests). */
  | { kind: 'merge-base-range'; base: string; head: string; label: string }
  /** `base..head` (pushes, merge queues). A force push whose `base` is gone falls back to the merge base with `defaultBranch`. */
  | { kind: 'range'; base: string; head: string; label: string; forced: boolean; ref: string | undefined; defaultBranch: string | undefined }
  /** A new branch: the commits of `head` that no other remote-tracking ref reaches. */
  | { kind: 'new-branch'; head: string; ref: string; label: string }
  /** The full-history audit. */
  | { kind: 'history'; head: string; label: string }
  /** Nothing to scan (a deleted branch, base equal to head): success. */
  | { kind: 'nothing'; head: string; label: string; reason: string };

export interface PlanInput {
  mode: ActionMode;
  eventName: string;
  event: Record<string, unknown>;
  /** `GITHUB_SHA`. */
  sha: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);
const HISTORY_EVENTS = new Set(['schedule', 'workflow_dispatch']);

export function planScan({ mode, eventName, event, sha }: PlanInput): ScanPlan {
  if (mode === 'history') return { kind: 'history', head: sha, label: 'full history' };
  if (mode === 'pr' || (mode === 'auto' && PR_EVENTS.has(eventName))) {
    if (!PR_EVENTS.has(eventName)) throw new ActionError(`input "mode" is "pr" but the event is "${eventName}": use mode: pr only in workflows triggered by pull_request or pull_request_target`);
    return planPullRequest(event);
  }
  if (mode === 'push' || (mode === 'auto' && eventName === 'push')) {
    if (eventName !== 'push') throw new ActionError(`input "mode" is "push" but the event is "${eventName}": use mode: push only in workflows triggered by push`);
    return planPush(event);
  }
  if (eventName === 'merge_group') return planMergeGroup(event);
  if (HISTORY_EVENTS.has(eventName)) return { kind: 'history', head: sha, label: 'full history' };
  throw new ActionError(
    `leakguard does not know what to scan for the "${eventName}" event: run it on pull_request, pull_request_target, push, merge_group, schedule or workflow_dispatch, or set input "mode" to history`,
  );
}

function planPullRequest(event: Record<string, unknown>): ScanPlan {
  const pr = object(event.pull_request, 'pull_request');
  const base = sha(object(pr.base, 'pull_request.base').sha, 'pull_request.base.sha');
  const head = sha(object(pr.head, 'pull_request.head').sha, 'pull_request.head.sha');
  const label = `pull request #${String(pr.number ?? '?')}`;
  if (base === head) return { kind: 'nothing', head, label, reason: 'the base and head of the pull request are the same commit' };
  return { kind: 'merge-base-range', base, head, label };
}

function planPush(event: Record<string, unknown>): ScanPlan {
  const before = sha(event.before, 'before');
  const after = sha(event.after, 'after');
  const ref = typeof event.ref === 'string' ? event.ref : '';
  const branch = ref.replace(/^refs\/heads\//, '');
  const label = `push to ${branch || ref || 'a ref'}`;
  if (event.deleted === true || ZERO_SHA.test(after)) return { kind: 'nothing', head: after, label, reason: 'the push deleted the branch' };
  if (event.created === true || ZERO_SHA.test(before)) return { kind: 'new-branch', head: after, ref, label: `${label} (new branch)` };
  if (before === after) return { kind: 'nothing', head: after, label, reason: 'the push did not change the branch (before equals after)' };
  const repository = event.repository as Record<string, unknown> | undefined;
  const defaultBranch = typeof repository?.default_branch === 'string' ? repository.default_branch : undefined;
  return { kind: 'range', base: before, head: after, label, forced: event.forced === true, ref: ref || undefined, defaultBranch };
}

function planMergeGroup(event: Record<string, unknown>): ScanPlan {
  const group = object(event.merge_group, 'merge_group');
  const base = sha(group.base_sha, 'merge_group.base_sha');
  const head = sha(group.head_sha, 'merge_group.head_sha');
  const label = 'merge queue group';
  if (base === head) return { kind: 'nothing', head, label, reason: 'the merge group base and head are the same commit' };
  return { kind: 'range', base, head, label, forced: false, ref: undefined, defaultBranch: undefined };
}

function object(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new ActionError(`the event payload has no "${field}" object (GITHUB_EVENT_PATH)`);
  return value as Record<string, unknown>;
}

function sha(value: unknown, field: string): string {
  if (typeof value !== 'string' || !/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(value)) {
    throw new ActionError(`the event payload's "${field}" is not a commit id (GITHUB_EVENT_PATH)`);
  }
  return value;
}
