/**
 * Memory of a process and everything it forked, read from /proc (Linux): `next build` runs its
 * compiler and static generation in worker processes, so the parent's RSS alone says little.
 */
import fs from 'node:fs';

const PAGE = 4096;

interface ProcInfo {
  pid: number;
  ppid: number;
  rssBytes: number;
}

/** Parses /proc/<pid>/stat; the command name may contain spaces and parentheses. */
export function parseStat(text: string): { ppid: number; rssPages: number } {
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields after "(comm)": state(3) ppid(4) … rss(24), counted from 1 in proc(5).
  return { ppid: Number(rest[1]), rssPages: Number(rest[21]) };
}

function readAll(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const { ppid, rssPages } = parseStat(fs.readFileSync(`/proc/${name}/stat`, 'utf8'));
      out.push({ pid: Number(name), ppid, rssBytes: rssPages * PAGE });
    } catch {
      // the process ended between readdir and read
    }
  }
  return out;
}

/** Sum of RSS over `root` and all its descendants, and how many processes that was. */
export function treeRss(root: number, procs = readAll()): { bytes: number; processes: number } {
  const children = new Map<number, ProcInfo[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const self = procs.find((p) => p.pid === root);
  if (!self) return { bytes: 0, processes: 0 };
  let bytes = 0;
  let processes = 0;
  const stack = [self];
  while (stack.length) {
    const p = stack.pop()!;
    bytes += p.rssBytes;
    processes++;
    stack.push(...(children.get(p.pid) ?? []));
  }
  return { bytes, processes };
}

/** Samples the tree's RSS every `intervalMs` until stopped; returns the peak seen. */
export function sampleTreePeak(root: number, intervalMs = 200): { stop: () => { peakBytes: number; peakProcesses: number } } {
  let peakBytes = 0;
  let peakProcesses = 0;
  const tick = () => {
    const { bytes, processes } = treeRss(root);
    if (bytes > peakBytes) peakBytes = bytes;
    if (processes > peakProcesses) peakProcesses = processes;
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes, peakProcesses };
    },
  };
}
