/**
 * A Hugo site moved in the way a user moves one: in a copy of the project (node_modules
 * hard-linked, so the build under test elsewhere stays untouched), `npm run import:hugo -- <the
 * site>` fills content/, `npm run build` builds it for what E2E_TARGET says, and it is served at
 * the root: by `next start`, or as the static export behind a plain file server.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildIndex } from '@/lib/content';
import { freePort, startNext } from '../../scripts/next-server';
import { copyProject, runIn } from '../helpers/project-copy';
import { serveStatic } from './static-server';

export interface ImportedSite {
  /** The project copy. */
  dir: string;
  /** Where it is served, no trailing slash. */
  base: string;
  /** What `npm run import:hugo` printed. */
  importOutput: string;
  /** The imported content's index, as the build read it. */
  index: ReturnType<typeof buildIndex>;
  /** Stops the server and removes the copy. */
  close(): Promise<void>;
}

export async function importedSite(prefix: string, fixture: string, isStatic: boolean): Promise<ImportedSite> {
  const dir = copyProject(prefix);
  // Built for, and served at, the root whatever the build under test elsewhere is.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NO_COLOR: '1', CONTENT_DIR: '', BASE_PATH: '', STATIC_EXPORT: '', NEXT_DIST_DIR: '' };
  const importOutput = runIn(dir, env, 'import:hugo', [path.resolve(fixture)]);
  const index = buildIndex(path.join(dir, 'content'), false);
  runIn(dir, { ...env, STATIC_EXPORT: isStatic ? '1' : '' }, 'build');
  const served = isStatic
    ? await serveStatic(path.join(dir, 'out'), '', await freePort()).then((s) => ({ base: s.url, stop: s.close }))
    : await startNext('start', { ...env, NODE_ENV: 'production' }, '/', 60, dir).then((s) => ({ base: s.baseUrl, stop: s.stop }));
  return {
    dir,
    base: served.base,
    importOutput,
    index,
    close: async () => {
      await served.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
