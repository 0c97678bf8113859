/** Starting `next start` / `next dev` for the e2e suite and `npm run lighthouse`. */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function waitFor(url: string, child: ChildProcess, log: () => string, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url} within ${seconds} s:\n${log()}`);
}

export interface Server {
  baseUrl: string;
  /** Everything the server printed so far. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * `next <command>` on 127.0.0.1 and a free port, answering at `ready` before this resolves.
 * `root` is the project to serve (another build than this one's, for a fixture site).
 */
export async function startNext(command: 'start' | 'dev', env: NodeJS.ProcessEnv, ready = '/', seconds = 60, root = process.cwd()): Promise<Server> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), command, '-H', '127.0.0.1', '-p', String(port)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops the workers it started too.
    detached: true,
  });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    process.kill(-child.pid!, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
  };
  try {
    await waitFor(`${baseUrl}${ready}`, child, () => output, seconds);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, log: () => output, stop };
}
