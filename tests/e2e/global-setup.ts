import fs from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startNext } from '../../scripts/next-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    throw new Error('No production build: run `npm run build` before `npm run test:e2e`.');
  }
  const server = await startNext('start', { NODE_ENV: 'production' });
  project.provide('baseUrl', server.baseUrl);
  return server.stop;
}
