/**
 * After `next build` (npm runs it as `postbuild`): gives every prerendered HTML page its
 * Content-Security-Policy meta with the hashes of its own inline scripts, and, for a static
 * export, writes the `_headers` file that static hosts read. See lib/security-headers.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addCspMeta } from '../lib/csp-hashes';
import { deployMode } from '../lib/deploy';
import { headersFile } from '../lib/security-headers';

function* htmlFiles(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

/** Where the pages are: out/ for an export, the server's prerender folder otherwise. */
export function outputDirs(env: Record<string, string | undefined>, cwd = process.cwd()): { pages: string; exportRoot?: string } {
  const { staticExport, distDir } = deployMode(env);
  if (staticExport) {
    const root = path.resolve(cwd, distDir ?? 'out');
    return { pages: root, exportRoot: root };
  }
  return { pages: path.resolve(cwd, distDir ?? '.next', 'server', 'app') };
}

export function postbuild(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): { pages: number; hashes: number } {
  const { pages, exportRoot } = outputDirs(env, cwd);
  if (!fs.existsSync(pages)) throw new Error(`postbuild: ${pages} does not exist; run next build first`);
  let count = 0;
  let hashes = 0;
  for (const file of htmlFiles(pages)) {
    const before = fs.readFileSync(file, 'utf8');
    const after = addCspMeta(before);
    if (after.html !== before) fs.writeFileSync(file, after.html);
    count++;
    hashes += after.hashes.length;
  }
  if (exportRoot) fs.writeFileSync(path.join(exportRoot, '_headers'), headersFile());
  return { pages: count, hashes };
}

if (process.argv[1] && /postbuild\.ts$/.test(process.argv[1])) {
  const { pages, hashes } = postbuild();
  console.log(`postbuild: Content-Security-Policy meta on ${pages} pages (${hashes} inline script hashes)`);
}
