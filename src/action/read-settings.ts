import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { ActionError } from '../engine/errors.js';

export type ActionMode = 'auto' | 'pr' | 'push' | 'history';
export const ACTION_MODES: readonly ActionMode[] = ['auto', 'pr', 'push', 'history'];

/** Everything the Action needs from its inputs and the runner's environment, validated once. */
export interface ActionSettings {
  mode: ActionMode;
  /** Absolute path of the config file, when the `config` input names one. */
  config: string | undefined;
  /** Absolute path of the baseline file, when the `baseline` input names one. */
  baseline: string | undefined;
  failOnFindings: boolean;
  annotations: boolean;
  /** Absolute path to write SARIF to, or undefined when the `sarif` input is empty. */
  sarif: string | undefined;
  /** As given (relative to the workspace), for the `sarif` output. */
  sarifInput: string;
  githubToken: string;
  /** The checked-out repository (`GITHUB_WORKSPACE`). */
  workspace: string;
  eventName: string;
  /** The webhook payload that triggered the run (`GITHUB_EVENT_PATH`). */
  event: Record<string, unknown>;
  /** `owner/name` (`GITHUB_REPOSITORY`). */
  repository: { owner: string; repo: string };
  /** `GITHUB_SHA`: only a fallback; for pull requests it is a synthetic merge commit. */
  sha: string;
  apiUrl: string;
  serverUrl: string;
}

/**
 * Read and validate the Action's inputs (`INPUT_*`, as the runner passes them) and the `GITHUB_*`
 * variables. A bad value throws an ActionError naming the input and the values it accepts.
 * https://docs.github.com/en/actions/sharing-automations/creating-actions/metadata-syntax-for-github-actions#inputs
 */
export function readActionSettings(env: NodeJS.ProcessEnv): ActionSettings {
  const input = (name: string): string => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());

  const mode = input('mode') || 'auto';
  if (!ACTION_MODES.includes(mode as ActionMode)) {
    throw new ActionError(`input "mode" must be one of ${ACTION_MODES.join(', ')}, not "${mode}"`);
  }

  const existing = (name: string): string | undefined => {
    const value = input(name);
    if (!value) return undefined;
    const path = isAbsolute(value) ? value : resolve(workspace, value);
    if (!existsSync(path)) throw new ActionError(`input "${name}": ${value} does not exist in the workspace (${workspace})`);
    return path;
  };

  const sarifInput = input('sarif');
  const repository = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (repository.length !== 2 || !repository[0] || !repository[1]) {
    throw new ActionError(`GITHUB_REPOSITORY must be "owner/name", not "${env.GITHUB_REPOSITORY ?? ''}": run leakguard as a step of a GitHub Actions job`);
  }

  return {
    mode: mode as ActionMode,
    config: existing('config'),
    baseline: existing('baseline'),
    failOnFindings: booleanInput('fail-on-findings', input('fail-on-findings'), true),
    annotations: booleanInput('annotations', input('annotations'), true),
    sarif: sarifInput ? resolve(workspace, sarifInput) : undefined,
    sarifInput,
    githubToken: input('github-token'),
    workspace,
    eventName: required(env, 'GITHUB_EVENT_NAME'),
    event: readEvent(required(env, 'GITHUB_EVENT_PATH')),
    repository: { owner: repository[0], repo: repository[1] },
    sha: required(env, 'GITHUB_SHA'),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
  };
}

/** Booleans as action inputs spell them (YAML 1.2 core schema), like `core.getBooleanInput`. */
function booleanInput(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new ActionError(`input "${name}" must be true or false, not "${value}"`);
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new ActionError(`${name} is not set: run leakguard as a step of a GitHub Actions job`);
  return value;
}

function readEvent(path: string): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ActionError(`cannot read the event payload GITHUB_EVENT_PATH=${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new ActionError(`the event payload ${path} is not a JSON object`);
  return doc as Record<string, unknown>;
}
