/**
 * What a rebuild changed: every file Next prerendered (HTML pages, RSC payloads, route bodies such
 * as feeds and social cards) of one build folder against another's, with each build's id
 * replaced by a placeholder (Next writes it into pages; it is new on every build).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const OUTPUT = /\.(html|rsc|body|meta)$/;

/** Output file (relative to the app folder) → hash of its bytes with the build id blanked. */
export function outputDigests(dist: string): Map<string, string> {
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
        const blanked = buildId && text.includes(buildId) ? Buffer.from(text.split(buildId).join('<build-id>'), 'latin1') : bytes;
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
