/**
 * V8's explicit compile hint for the scripts every page runs at load. A script that starts with
 * the magic comment `//# allFunctionsCalledOnLoad` has all its functions compiled eagerly, on a
 * background thread while it streams in (Chrome 136 and later; other browsers read a comment).
 * Without it, V8 compiles each function on the main thread the first time it is called: React
 * DOM's, while the page hydrates, in one long task: most of a post page's Total Blocking Time
 * under Lighthouse's mobile throttling, which the hint takes off the main thread (the figures
 * are in docs/benchmarks.md, "Compile hints").
 *
 * Only the chunks a prerendered page loads with `<script src async>` get the hint: those run on
 * every load, and most of their functions are called then. Chunks loaded later (the diagram
 * renderer, a page's lazy islands) keep V8's lazy compilation. Postbuild adds the hint to the
 * files Turbopack wrote; the transformation is the same on every build, so a file's name (its
 * content hash) still names one content, and running it twice changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chunkFileName, pageChunkSrcs } from './paint-first';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/**
 * The file names of the chunks a page loads at once (Next's `<script src=".../_next/static/chunks/x.js"
 * async>`, or the same list in lib/build/paint-first's loader), under any base path. `noModule` scripts
 * (polyfills current browsers never fetch) are left out.
 */
export function initialChunks(html: string): string[] {
  return pageChunkSrcs(html).map((src) => chunkFileName(src)!);
}

/** The script with the hint as its first line; one already hinted is returned as it is. */
export function withCompileHint(script: string): string {
  return script.startsWith(COMPILE_HINT) ? script : COMPILE_HINT + script;
}

/** Adds the hint to each named chunk in `chunksDir` (a name without a file is skipped); returns how many changed. */
export function hintChunks(chunksDir: string, names: Iterable<string>): number {
  let changed = 0;
  for (const name of new Set(names)) {
    const file = path.resolve(chunksDir, name);
    if (path.dirname(file) !== path.resolve(chunksDir) || !fs.existsSync(file)) continue;
    const before = fs.readFileSync(file, 'utf8');
    const after = withCompileHint(before);
    if (after === before) continue;
    fs.writeFileSync(file, after);
    changed++;
  }
  return changed;
}
