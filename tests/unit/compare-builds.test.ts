/** The rebuild benchmark's comparison (`npm run bench -- --rebuild`): build ids aside, bytes decide. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { diffOutputs, outputDigests } from '@/scripts/bench/compare-builds';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function dist(buildId: string, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dist-'));
  dirs.push(dir);
  fs.writeFileSync(path.join(dir, 'BUILD_ID'), buildId);
  for (const [name, body] of Object.entries(files)) {
    const full = path.join(dir, 'server', 'app', name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, body);
  }
  return dir;
}

describe('comparing two builds', () => {
  it('counts pages that differ only by build id as identical, and names changed, added and removed ones', () => {
    const before = dist('AAA111', { 'index.html': '<p>home AAA111</p>', 'posts/a.html': 'A', 'posts/b.rsc': 'B', 'gone.html': 'x', 'notes.txt': '1' });
    const after = dist('BBB222', { 'index.html': '<p>home BBB222</p>', 'posts/a.html': 'A edited', 'posts/b.rsc': 'B', 'new.body': 'y', 'notes.txt': '2' });
    expect(diffOutputs(outputDigests(before), outputDigests(after))).toEqual({ same: 2, changed: ['posts/a.html'], added: ['new.body'], removed: ['gone.html'] });
  });

  it('with --mask-chunks, a page whose chunks were renamed (in its tags and its inline loader) is the same, and one that loads another chunk is not', () => {
    const page = (chunks: string[], hash: string) =>
      `<script src="/_next/static/chunks/${chunks.join('"></script><script src="/_next/static/chunks/')}"></script><script>loader({"otherChunks":["static/chunks/${chunks[0]}"]})</script><link rel="stylesheet" href="/_next/static/chunks/${hash.length}.css"><meta content="script-src 'sha256-${hash}'">`;
    const before = dist('AAA111', { 'a.html': page(['0a1b2c.js', 'turbopack-9f8e.js'], 'abc+/='), 'b.html': page(['0a1b2c.js'], 'x') });
    const after = dist('BBB222', { 'a.html': page(['7d7d7d.js', 'turbopack-9f8e.js'], 'def+/='), 'b.html': page(['7d7d7d.js', 'extra.js'], 'x') });
    expect(diffOutputs(outputDigests(before), outputDigests(after)).changed).toEqual(['a.html', 'b.html']);
    expect(diffOutputs(outputDigests(before, { maskChunks: true }), outputDigests(after, { maskChunks: true }))).toEqual({ same: 1, changed: ['b.html'], added: [], removed: [] });
  });
});
