import { describe, expect, it } from 'vitest';
import { checksHandler, startFakeGitHubApi } from '../helpers/github-api-server.js';

/** The fake API's validation is what the Action tests rely on: check that it rejects what GitHub would. */
describe('fake GitHub API', () => {
  it('accepts a valid check run and flags unknown endpoints, bad parameters and bodies off the schema', async () => {
    const api = await startFakeGitHubApi(checksHandler());
    try {
      const post = (path: string, body: unknown, method = 'POST') => fetch(`${api.url}${path}`, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const ok = await post('/repos/o/r/check-runs', { name: 'leakguard', head_sha: 'a'.repeat(40), output: { title: 't', summary: 's', annotations: [] } });
      expect(ok.status).toBe(201);
      expect(api.problems()).toEqual([]);

      const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'm' };
      expect((await post('/repos/o/r/check-runs', { head_sha: 'x' })).status).toBe(422);
      expect((await post('/repos/o/r/check-runs/1', { output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } }, 'PATCH')).status).toBe(422);
      expect((await post('/repos/o/r/check-runs/1', { output: { title: 't', summary: 's', annotations: [{ ...annotation, annotation_level: 'error' }] } }, 'PATCH')).status).toBe(422);
      expect((await post('/repos/o/r/check-runs/abc', { status: 'completed', conclusion: 'failure' }, 'PATCH')).status).toBe(422);
      expect((await post('/repos/o/r/check_runs', {})).status).toBe(422);
      const problems = api.problems();
      expect(problems).toHaveLength(5);
      expect(problems[0]).toMatch(/checks\/create: body does not match.*name/);
      expect(problems[1]).toMatch(/maxItems|must NOT have more than 50 items/);
      expect(problems[2]).toMatch(/annotation_level/);
      expect(problems[3]).toMatch(/path parameter check_run_id=abc/);
      expect(problems[4]).toMatch(/no such operation/);
    } finally {
      await api.close();
    }
  });
});
