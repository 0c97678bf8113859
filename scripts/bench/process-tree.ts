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
  /** The command name (e.g. "next-build", "node"), for the breakdown at the peak. */
  name?: string;
}

/** Parses /proc/<pid>/stat; the command name may contain spaces and parentheses. */
export function parseStat(text: string): { name: string; ppid: number; rssPages: number } {
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // Fields after "(comm)": state(3) ppid(4) … rss(24), counted from 1 in proc(5).
  return { name: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')), ppid: Number(rest[1]), rssPages: Number(rest[21]) };
}

function readAll(): ProcInfo[] {
  const out: ProcInfo[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseStat(fs.readFileSync(`/proc/${name}/stat`, 'utf8'));
      out.push({ pid: Number(name), ppid: stat.ppid, rssBytes: stat.rssPages * PAGE, name: stat.name });
    } catch {
      // the process ended between readdir and read
    }
  }
  return out;
}

/** Sum of RSS over `root` and all its descendants, how many processes that was, and each one. */
export function treeRss(root: number, procs = readAll()): { bytes: number; processes: number; members: ProcInfo[] } {
  const children = new Map<number, ProcInfo[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p]);
  const self = procs.find((p) => p.pid === root);
  if (!self) return { bytes: 0, processes: 0, members: [] };
  const members: ProcInfo[] = [];
  const stack = [self];
  while (stack.length) {
    const p = stack.pop()!;
    members.push(p);
    stack.push(...(children.get(p.pid) ?? []));
  }
  return { bytes: members.reduce((sum, p) => sum + p.rssBytes, 0), processes: members.length, members };
}

export interface TreePeak {
  peakBytes: number;
  peakProcesses: number;
  /** The processes at the moment of the peak, largest first: "next-build 1210 MB", … */
  atPeak: string[];
}

/** Samples the tree's RSS every `intervalMs` until stopped; returns the peak seen. */
export function sampleTreePeak(root: number, intervalMs = 200): { stop: () => TreePeak } {
  let peakBytes = 0;
  let peakProcesses = 0;
  let atPeak: string[] = [];
  const tick = () => {
    const { bytes, processes, members } = treeRss(root);
    if (bytes > peakBytes) {
      peakBytes = bytes;
      atPeak = members
        .filter((p) => p.rssBytes > 20 * 1024 * 1024)
        .sort((a, b) => b.rssBytes - a.rssBytes)
        .map((p) => `${p.name} ${Math.round(p.rssBytes / 1024 / 1024)} MB`);
    }
    if (processes > peakProcesses) peakProcesses = processes;
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes, peakProcesses, atPeak };
    },
  };
}
