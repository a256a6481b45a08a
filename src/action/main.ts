import * as core from '@actions/core';
import { LeakguardError } from '../engine/errors.js';
import { readActionSettings } from './read-settings.js';
import { runAction } from './run-action.js';

/**
 * The GitHub Action's entry (dist/action.js, see action.yml). The one place in the Action that catches
 * every error: a LeakguardError is bad input or an uncomputable range, said in one line; anything
 * else is a bug, reported with its stack. Either fails the step; findings fail it with exit code 1.
 */
async function main(): Promise<void> {
  try {
    process.exitCode = await runAction(readActionSettings(process.env));
  } catch (error) {
    if (error instanceof LeakguardError) core.setFailed(`leakguard: ${error.message}`);
    else core.setFailed(`leakguard: internal error: ${(error as Error)?.stack ?? String(error)}`);
  }
}

await main();
