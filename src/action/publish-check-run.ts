import type { getOctokit } from '@actions/github';
import { ActionError } from '../engine/errors.js';
import { batchAnnotations, type CheckRunAnnotation } from '../report/check-run-annotations.js';

type Octokit = ReturnType<typeof getOctokit>;

export interface CheckRunRequest {
  owner: string;
  repo: string;
  /** The commit the annotations' line numbers refer to: the pull request head, the pushed `after`. */
  headSha: string;
  title: string;
  /** Markdown, at most 65535 characters (the API's limit). */
  summary: string;
  annotations: readonly CheckRunAnnotation[];
  conclusion: 'success' | 'failure' | 'neutral';
}

export type CheckRunResult = { kind: 'published'; url: string; requests: number } | { kind: 'forbidden'; message: string };

/**
 * Publish findings as a check run: the first 50 annotations with the create request, 50 more with each
 * update (the API appends them), the conclusion with the last request. A 403 on create means this
 * token may not write checks (fork and Dependabot pull requests get a read-only token): the caller
 * falls back to workflow-command annotations.
 * https://docs.github.com/en/rest/checks/runs#create-a-check-run
 * https://docs.github.com/en/rest/checks/runs#update-a-check-run
 */
export async function publishCheckRun(octokit: Octokit, request: CheckRunRequest): Promise<CheckRunResult> {
  const batches = batchAnnotations(request.annotations);
  if (batches.length === 0) batches.push([]);
  const done = (i: number) => i === batches.length - 1;
  const finish = () => ({ status: 'completed' as const, conclusion: request.conclusion, completed_at: new Date().toISOString() });
  const output = (i: number) => ({ title: request.title, summary: request.summary, annotations: [...batches[i]!] });

  let id: number;
  let url: string;
  try {
    const created = await octokit.rest.checks.create({
      owner: request.owner,
      repo: request.repo,
      name: 'leakguard',
      head_sha: request.headSha,
      started_at: new Date().toISOString(),
      ...(done(0) ? finish() : { status: 'in_progress' as const }),
      output: output(0),
    });
    id = created.data.id;
    url = created.data.html_url ?? '';
  } catch (error) {
    const status = (error as { status?: number }).status;
    if (status === 403) return { kind: 'forbidden', message: (error as Error).message };
    throw apiError('creating the check run', error);
  }
  for (let i = 1; i < batches.length; i++) {
    try {
      await octokit.rest.checks.update({ owner: request.owner, repo: request.repo, check_run_id: id, ...(done(i) ? finish() : {}), output: output(i) });
    } catch (error) {
      throw apiError(`adding annotations ${i * 50 + 1}-${i * 50 + batches[i]!.length} to the check run`, error);
    }
  }
  return { kind: 'published', url, requests: batches.length };
}

function apiError(what: string, error: unknown): ActionError {
  const status = (error as { status?: number }).status;
  return new ActionError(`GitHub API: ${what} failed${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message}`);
}
