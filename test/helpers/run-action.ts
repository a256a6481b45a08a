import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GIT_ENV, tempDir } from './temp-repo.js';

export const ACTION = fileURLToPath(new URL('../../dist/action.js', import.meta.url));

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  /** What the step set with core.setOutput, parsed from the GITHUB_OUTPUT file. */
  outputs: Record<string, string>;
  /** The GITHUB_STEP_SUMMARY file. */
  summary: string;
  /** The SARIF file, when one was written at the default path. */
  sarif: string | undefined;
}

export interface ActionRunOptions {
  workspace: string;
  eventName: string;
  event: object;
  /** Inputs by their action.yml names (`fail-on-findings`); the runner passes them as INPUT_<NAME>. */
  inputs?: Record<string, string>;
  apiUrl: string;
  /** GITHUB_SHA: for pull requests the runner sets the synthetic merge commit. */
  sha: string;
  repository?: string;
}

/**
 * Run dist/action.js the way the Actions runner does: `node dist/action.js` in the workspace with the
 * inputs as INPUT_* variables (defaults from action.yml filled in by the runner, so here too), the event
 * payload in a file, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files. Asynchronous, so that a fake API
 * server in this process keeps answering.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const dir = tempDir('leakguard-runner-');
  const eventPath = join(dir, 'event.json');
  const outputPath = join(dir, 'output');
  const summaryPath = join(dir, 'summary.md');
  writeFileSync(eventPath, JSON.stringify(options.event, null, 2));
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const inputs: Record<string, string> = {
    mode: 'auto',
    config: '',
    baseline: '',
    'fail-on-findings': 'true',
    annotations: 'true',
    sarif: 'leakguard.sarif',
    'github-token': 'ghs_fakeActionsTokenForTests0000000000',
    ...options.inputs,
  };
  const env: NodeJS.ProcessEnv = {};
  // Nothing from the environment running the tests (which may itself be an Actions job) leaks in.
  for (const [k, v] of Object.entries(process.env)) if (!/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)) env[k] = v;
  Object.assign(env, GIT_ENV, {
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: options.repository ?? 'octo-org/widgets',
    GITHUB_SHA: options.sha,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: options.apiUrl,
    RUNNER_TEMP: dir,
  });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

  const child = spawn(process.execPath, [ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => out.push(d));
  child.stderr.on('data', (d: Buffer) => err.push(d));
  const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? -1)));
  const sarifPath = join(options.workspace, inputs.sarif ?? '');
  return {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    summary: readFileSync(summaryPath, 'utf8'),
    sarif: inputs.sarif && existsSync(sarifPath) ? readFileSync(sarifPath, 'utf8') : undefined,
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#multiline-strings */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    outputs[m[1]!] = value.join('\n');
  }
  return outputs;
}

/** Workflow commands `::error file=...::message` the step printed: the annotations GitHub would show. */
export function errorAnnotations(stdout: string): { file: string; line: number; message: string }[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::error '))
    .map((l) => {
      const props = /^::error (.*?)::/.exec(l)![1]!;
      const file = /(?:^|,)file=([^,]*)/.exec(props)?.[1] ?? '';
      const line = Number(/(?:^|,)line=(\d+)/.exec(props)?.[1] ?? 0);
      return { file, line, message: l.slice(l.indexOf('::', 2) + 2) };
    });
}
