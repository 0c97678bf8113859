import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Writes a throwaway content folder: keys are paths under it, values are file contents. */
export function makeContent(files: Record<string, string | Buffer>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'blog-content-'));
  for (const [name, body] of Object.entries(files)) {
    const full = path.join(root, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, body);
  }
  return root;
}

/** A valid post with the given front matter lines replacing the defaults. */
export function post(frontMatter: string, body = '\nSome text.\n'): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

/** A 1x1 PNG, for bundles that need a real image. */
export const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
