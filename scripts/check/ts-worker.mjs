// Boots a TypeScript module in a worker thread: tsx's loader is per thread on Node 20.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
