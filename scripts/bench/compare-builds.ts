/**
 * What a rebuild changed: every file Next prerendered (HTML pages, RSC payloads, route bodies such
 * as feeds and social cards) of one build folder against another's, with each build's id
 * replaced by a placeholder (Next writes it into pages; it is new on every build).
 *
 * Run on its own it compares two build folders, for a change that should not change any page:
 *   npx tsx scripts/bench/compare-builds.ts <before>/.next <after>/.next [--mask-chunks]
 * `--mask-chunks` also blanks the names of client chunks (scripts and stylesheets) and the CSP
 * `sha256-` hashes: a chunk's name is the hash of its bytes, so moving code an island imports
 * renames it (and the inline loader that names it, whose hash the CSP carries) while every page
 * stays the same. The number and places of those names still count; what changed inside the
 * chunks themselves is for a reader to diff.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const OUTPUT = /\.(html|rsc|body|meta)$/;

const CHUNK_NAME = /static\/chunks\/[\w.~-]+\.(js|css)\b/g;
const CSP_HASH = /'sha256-[A-Za-z0-9+/]+=*'/g;

/** The text with client chunk names and CSP hashes blanked (see `--mask-chunks` above). */
export const maskChunkNames = (text: string): string =>
  text.replace(CHUNK_NAME, 'static/chunks/<chunk>.$1').replace(CSP_HASH, "'sha256-<hash>'");

/** Output file (relative to the app folder) → hash of its bytes with the build id blanked. */
export function outputDigests(dist: string, { maskChunks = false } = {}): Map<string, string> {
  const app = path.join(dist, 'server', 'app');
  const buildId = fs.readFileSync(path.join(dist, 'BUILD_ID'), 'utf8').trim();
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (OUTPUT.test(e.name)) {
        const bytes = fs.readFileSync(full);
        const text = bytes.toString('latin1');
        let blanked = buildId && text.includes(buildId) ? Buffer.from(text.split(buildId).join('<build-id>'), 'latin1') : bytes;
        if (maskChunks) blanked = Buffer.from(maskChunkNames(blanked.toString('latin1')), 'latin1');
        out.set(path.relative(app, full), createHash('sha256').update(blanked).digest('hex'));
      }
    }
  };
  walk(app);
  return out;
}

export interface BuildDiff {
  same: number;
  changed: string[];
  added: string[];
  removed: string[];
}

export function diffOutputs(before: Map<string, string>, after: Map<string, string>): BuildDiff {
  const diff: BuildDiff = { same: 0, changed: [], added: [], removed: [] };
  for (const [file, digest] of after) {
    const was = before.get(file);
    if (was === undefined) diff.added.push(file);
    else if (was === digest) diff.same++;
    else diff.changed.push(file);
  }
  for (const file of before.keys()) if (!after.has(file)) diff.removed.push(file);
  for (const list of [diff.changed, diff.added, diff.removed]) list.sort();
  return diff;
}

if (process.argv[1] && /compare-builds\.ts$/.test(process.argv[1])) {
  const args = process.argv.slice(2);
  const maskChunks = args.includes('--mask-chunks');
  const [before, after] = args.filter((a) => a !== '--mask-chunks');
  if (!before || !after) {
    console.error('usage: npx tsx scripts/bench/compare-builds.ts <before>/.next <after>/.next [--mask-chunks]');
    process.exit(2);
  }
  const diff = diffOutputs(outputDigests(before, { maskChunks }), outputDigests(after, { maskChunks }));
  console.log(`${diff.same} files the same${maskChunks ? ' (build id, client chunk names and CSP hashes blanked)' : ' (build id blanked)'}`);
  for (const [what, list] of [['changed', diff.changed], ['added', diff.added], ['removed', diff.removed]] as const) {
    if (list.length) console.log(`${what} (${list.length}):\n  ${list.join('\n  ')}`);
  }
  process.exit(diff.changed.length + diff.added.length + diff.removed.length ? 1 : 0);
}
