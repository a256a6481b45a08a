import { ActionError, GitError } from '../engine/errors.js';
import { hasCommit } from '../git/commit-exists.js';
import { fetchFromRemote } from '../git/fetch-from-remote.js';
import { isShallowRepository } from '../git/is-shallow.js';
import { findMergeBase } from '../git/merge-base.js';
import { listRemoteRefs } from '../git/remote-refs.js';
import type { ScanPlan } from './plan-scan.js';

/** What to scan, as git revisions: the result of a plan once the checkout has the commits it names. */
export type ScanTarget =
  /** The commits `git rev-list <revs>` selects; added lines only. */
  | { kind: 'commits'; revs: string[]; head: string; range: string; label: string; notes: string[] }
  /** The full-history audit of `head`. */
  | { kind: 'history'; head: string; label: string; notes: string[] }
  | { kind: 'nothing'; head: string; label: string; reason: string; notes: string[] };

export interface ResolveContext {
  repoDir: string;
  /** Token and server for fetching what a shallow checkout lacks. */
  auth: { serverUrl: string; token: string } | undefined;
}

const FETCH_DEPTH_HINT = 'set `fetch-depth: 0` on actions/checkout so the job has the history to scan';

/**
 * Turn a plan into revisions, fetching what the checkout lacks (a shallow clone, a fork's commits, a
 * default branch that was not fetched). It never guesses: when the range cannot be computed it throws,
 * so the step fails rather than passing on a scan of nothing.
 */
export async function resolveTarget(plan: ScanPlan, ctx: ResolveContext): Promise<ScanTarget> {
  const notes: string[] = [];
  switch (plan.kind) {
    case 'nothing':
      return { ...plan, notes };
    case 'history':
      await ensureCommits(ctx, [plan.head], 'the commit to audit', notes);
      return { kind: 'history', head: plan.head, label: plan.label, notes };
    case 'merge-base-range': {
      await ensureCommits(ctx, [plan.base, plan.head], `the base and head of the ${plan.label}`, notes);
      const base = await findMergeBase(ctx.repoDir, plan.base, plan.head);
      if (!base) throw new ActionError(`the ${plan.label} base ${short(plan.base)} and head ${short(plan.head)} share no history, so the commits it adds cannot be computed; ${FETCH_DEPTH_HINT}`);
      if (base === plan.head) return { kind: 'nothing', head: plan.head, label: plan.label, reason: 'the head commit is already part of the base branch', notes };
      return commits(plan.head, [base], `${short(base)}..${short(plan.head)}`, plan.label, notes);
    }
    case 'range':
      return resolvePushRange(plan, ctx, notes);
    case 'new-branch':
      return resolveNewBranch(plan.head, plan.ref, plan.label, ctx, notes);
  }
}

async function resolvePushRange(plan: Extract<ScanPlan, { kind: 'range' }>, ctx: ResolveContext, notes: string[]): Promise<ScanTarget> {
  await ensureCommits(ctx, [plan.head], `the head of the ${plan.label}`, notes);
  const baseThere = await ensureCommits(ctx, [plan.base], `the base of the ${plan.label}`, notes).then(
    () => true,
    (error: unknown) => {
      if (error instanceof ActionError) return false;
      throw error;
    },
  );
  if (baseThere) return commits(plan.head, [plan.base], `${short(plan.base)}..${short(plan.head)}`, plan.label, notes);
  if (!plan.forced || !plan.defaultBranch) {
    throw new ActionError(`the ${plan.label} starts at ${short(plan.base)}, which is neither in the checkout nor fetchable; ${FETCH_DEPTH_HINT}`);
  }
  // A force push replaced the old tip and the server no longer has it: everything the branch holds
  // that the default branch does not is what this push may have brought.
  const branch = plan.ref?.replace(/^refs\/heads\//, '');
  if (branch === plan.defaultBranch) {
    notes.push(`Force push to the default branch: the previous tip ${short(plan.base)} is gone, so every commit no other branch has is scanned.`);
    return resolveNewBranch(plan.head, plan.ref ?? '', plan.label, ctx, notes);
  }
  const defaultRef = `refs/remotes/origin/${plan.defaultBranch}`;
  await fetchOrFail(ctx, [`+refs/heads/${plan.defaultBranch}:${defaultRef}`], `the default branch ${plan.defaultBranch}`);
  const base = await findMergeBase(ctx.repoDir, plan.head, defaultRef);
  if (!base) throw new ActionError(`force push: ${short(plan.base)} is gone and ${short(plan.head)} shares no history with ${plan.defaultBranch}; ${FETCH_DEPTH_HINT}`);
  notes.push(`Force push: the previous tip ${short(plan.base)} is gone, so the range starts at the merge base with ${plan.defaultBranch} (${short(base)}).`);
  if (base === plan.head) return { kind: 'nothing', head: plan.head, label: plan.label, reason: `the pushed commit is already on ${plan.defaultBranch}`, notes };
  return commits(plan.head, [base], `${short(base)}..${short(plan.head)}`, plan.label, notes);
}

/** A new branch brings the commits no other branch of the remote has (`git rev-list head --not <other refs>`). */
async function resolveNewBranch(head: string, ref: string, label: string, ctx: ResolveContext, notes: string[]): Promise<ScanTarget> {
  await ensureCommits(ctx, [head], `the head of the ${label}`, notes);
  const own = `refs/remotes/origin/${ref.replace(/^refs\/heads\//, '')}`;
  let others = (await listRemoteRefs(ctx.repoDir)).filter((r) => r.name !== own);
  if (others.length === 0) {
    // A single-branch checkout knows no other branch: fetch them, or every commit would look new.
    await fetchOrFail(ctx, ['+refs/heads/*:refs/remotes/origin/*'], 'the other branches');
    others = (await listRemoteRefs(ctx.repoDir)).filter((r) => r.name !== own);
    notes.push('Fetched the remote branches to tell which commits are new.');
  }
  const exclude = [...new Set(others.map((r) => r.sha))];
  return commits(head, exclude, exclude.length ? `${short(head)}, not on any other branch` : `${short(head)} and all its history`, label, notes);
}

function commits(head: string, exclude: string[], range: string, label: string, notes: string[]): ScanTarget {
  return { kind: 'commits', revs: exclude.length ? [head, '--not', ...exclude] : [head], head, range, label, notes };
}

/**
 * Make sure the object database has these commits and their complete history: a shallow checkout is
 * deepened (`--unshallow`) with one authenticated fetch, missing commits are fetched by id.
 */
async function ensureCommits(ctx: ResolveContext, shas: string[], what: string, notes: string[]): Promise<void> {
  const shallow = await isShallowRepository(ctx.repoDir);
  const missing: string[] = [];
  for (const sha of shas) if (!(await hasCommit(ctx.repoDir, sha))) missing.push(sha);
  if (!shallow && missing.length === 0) return;
  try {
    await fetchFromRemote(ctx.repoDir, { refspecs: shallow ? shas : missing, unshallow: shallow, auth: ctx.auth });
  } catch (error) {
    if (error instanceof GitError) throw new ActionError(`the checkout lacks ${what} (${shas.map(short).join(', ')}) and fetching them failed: ${error.message}; ${FETCH_DEPTH_HINT}`);
    throw error;
  }
  for (const sha of shas) {
    if (!(await hasCommit(ctx.repoDir, sha))) throw new ActionError(`the checkout lacks ${what}: commit ${short(sha)} is still missing after fetching; ${FETCH_DEPTH_HINT}`);
  }
  notes.push(shallow ? `The checkout was shallow: fetched the full history of ${shas.map(short).join(' and ')}.` : `Fetched ${missing.map(short).join(' and ')}, which the checkout lacked.`);
}

async function fetchOrFail(ctx: ResolveContext, refspecs: string[], what: string): Promise<void> {
  const shallow = await isShallowRepository(ctx.repoDir);
  try {
    await fetchFromRemote(ctx.repoDir, { refspecs, unshallow: shallow, auth: ctx.auth });
  } catch (error) {
    if (error instanceof GitError) throw new ActionError(`cannot fetch ${what} to compute the range: ${error.message}; ${FETCH_DEPTH_HINT}`);
    throw error;
  }
}

function short(sha: string): string {
  return sha.slice(0, 12);
}
