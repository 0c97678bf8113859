/**
 * A copy of the project in a temporary folder (the files git knows, without content/ and tests/;
 * node_modules hard-linked), for e2e files that build their own site: the main build under test
 * elsewhere stays untouched, and two builds never write the same folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Copies the project into `dir` (a new temporary folder when absent) and returns the folder. */
export function copyProject(prefix: string, dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))): string {
  const root = process.cwd();
  fs.mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.startsWith('content/') && !f.startsWith('tests/') && fs.existsSync(path.join(root, f)));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(dir, f));
  }
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  return dir;
}

/** `npm run <script>` in the copy; throws with the output when it fails. */
export function runIn(dir: string, env: NodeJS.ProcessEnv, script: string, args: string[] = []): string {
  const run = spawnSync('npm', ['run', '-s', script, ...(args.length ? ['--', ...args] : [])], { cwd: dir, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run ${script} failed:\n${run.stdout}\n${run.stderr}`);
  return run.stdout;
}
