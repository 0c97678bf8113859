import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests in Debian's Chromium against a production build (`npm run build` first).
 * E2E_TARGET picks what is served: `next` (next start, the default) or `static` (out/ from
 * STATIC_EXPORT=1, behind a plain static file server).
 */
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
