/**
 * `npm run routes`: writes app/[lang]/'s route files from the route table and app/(site)/
 * (lib/routes/language-wrappers.ts), and removes the ones whose (site) route is gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { languageWrappers } from '../lib/routes/language-wrappers';

const LANG = path.join('app', '[lang]');
const HAND_WRITTEN = new Set(['layout.tsx', 'not-found.tsx']);

function existing(dir = ''): string[] {
  return fs.readdirSync(path.join(LANG, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = dir ? `${dir}/${e.name}` : e.name;
    return e.isDirectory() ? existing(rel) : HAND_WRITTEN.has(rel) ? [] : [rel];
  });
}

const wanted = languageWrappers();
for (const stale of existing().filter((f) => !wanted.has(f))) {
  fs.rmSync(path.join(LANG, stale));
  console.log(`removed app/[lang]/${stale}`);
}
for (const [file, text] of wanted) {
  const target = path.join(LANG, file);
  if (fs.existsSync(target) && fs.readFileSync(target, 'utf8') === text) continue;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`wrote app/[lang]/${file}`);
}
