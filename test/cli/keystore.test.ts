import { describe, expect, it } from 'vitest';
import { fakeJks, fakePkcs12, fakeTruststore } from '../helpers/fake-keystores.js';
import { runCli } from '../helpers/run-cli.js';
import { git, tempRepo, writeFiles } from '../helpers/temp-repo.js';

interface JsonDoc {
  findings: { ruleId: string; path: string; line: number }[];
}

const reported = (stdout: string) => (JSON.parse(stdout) as JsonDoc).findings.map((f) => [f.ruleId, f.path, f.line]).sort();
const EXPECTED = [['keystore-file', 'certs/server.p12', 1], ['keystore-file', 'src/main/resources/app.jks', 1]];

/** A repository whose second commit adds two keystores, a truststore and an image. */
function repoWithKeystores(stage: 'commit' | 'stage') {
  const repo = tempRepo();
  writeFiles(repo, { 'README.md': 'app\n' });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'base');
  writeFiles(repo, {
    'certs/server.p12': fakePkcs12(),
    'src/main/resources/app.jks': fakeJks(),
    'src/main/resources/cacerts.jks': fakeTruststore(),
    'web/logo.png': Buffer.from('89504e470d0a1a0a0000000d4948445200000010000000100806000000', 'hex'),
  });
  git(repo, 'add', '-A');
  if (stage === 'commit') git(repo, 'commit', '-q', '-m', 'add keystores');
  return repo;
}

describe('binary keystores in every source', () => {
  it('reports keystores with keys and skips the truststore and other binaries: scan', () => {
    const repo = repoWithKeystores('commit');
    const r = runCli(['scan', '--format', 'json', '.'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(reported(r.stdout)).toEqual(EXPECTED);
    expect(JSON.parse(r.stdout).summary.binarySkipped.sort()).toEqual(['src/main/resources/cacerts.jks', 'web/logo.png']);
  });

  it('reports the keystores a commit would add: staged', () => {
    const r = runCli(['staged', '--format', 'json'], { cwd: repoWithKeystores('stage') });
    expect(r.code).toBe(1);
    expect(reported(r.stdout)).toEqual(EXPECTED);
  });

  it('reports the keystores a commit range added: diff', () => {
    const repo = repoWithKeystores('commit');
    const r = runCli(['diff', 'HEAD~1', '--format', 'json'], { cwd: repo });
    expect(r.code).toBe(1);
    expect(reported(r.stdout)).toEqual(EXPECTED);
  });

  it('reports the keystores ever committed: history', () => {
    const r = runCli(['history', '--format', 'json'], { cwd: repoWithKeystores('commit') });
    expect(r.code).toBe(1);
    expect(reported(r.stdout)).toEqual(EXPECTED);
  });
});
