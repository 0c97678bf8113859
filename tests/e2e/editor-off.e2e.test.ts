/**
 * The browser editor is off unless content/site.yaml enables it (content/ does not): the build
 * under test, server or static export, has no /admin and no editor script anywhere in its output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDir, exportDir } from '@/lib/build/deploy';
import { target, url } from './browser';

function* files(dir: string): Generator<string> {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Next's own caches (images, fetches, the build cache) are not what is served.
      if (entry.name === 'cache') continue;
      yield* files(full);
    } else yield full;
  }
}

describe('the editor, off by default', () => {
  it('answers 404 at /admin and its files', async () => {
    for (const p of ['/admin', '/admin/index.html', '/admin/editor.js', '/admin/decap-cms.js', '/admin/config.json']) {
      expect((await fetch(url(p))).status, p).toBe(404);
    }
  });

  it('leaves no editor route or script in the build output', () => {
    const dir = path.resolve(target() === 'static' ? exportDir(process.env) : buildDir(process.env));
    const found: string[] = [];
    for (const file of files(dir)) {
      const rel = path.relative(dir, file);
      if (/(^|[/\\])admin([/\\.]|$)/.test(rel)) found.push(rel);
      else if (/\.(js|html|json|rsc)$/.test(file) && fs.statSync(file).size < 20_000_000) {
        const text = fs.readFileSync(file, 'utf8');
        if (text.includes('CMS_MANUAL_INIT') || text.includes('decap-cms') || text.includes('route.editor')) found.push(rel);
      }
    }
    expect(found).toEqual([]);
  });
});
