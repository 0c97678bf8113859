/**
 * Time-zone maths, pure: wall-clock time in an IANA zone, offsets, and the instant(s) a local time
 * stands for across daylight-saving changes. Uses the runtime's Intl time zone data. Imported by
 * the content schema (to check `timezone:`) and by lib/events.ts; imports nothing of the content.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

/** The canonical spelling of an IANA timezone name, or undefined when the runtime does not know it. */
export function canonicalTimeZone(name: string): string | undefined {
  // Offsets ("+01:00") and empty names are not IANA names, even where Intl accepts them.
  if (!/^[A-Za-z][A-Za-z0-9_+\-]*(?:\/[A-Za-z0-9_+\-]+)*$/.test(name)) return undefined;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    // Keep the editor's name (ICU maps some links elsewhere, e.g. EST), fixing only its case.
    return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
  } catch {
    return undefined;
  }
}

export const isTimeZone = (name: string): boolean => canonicalTimeZone(name) !== undefined;

/** Wall-clock time in `timeZone` at `time`, as the epoch value that wall time would have in UTC. */
export function wallClock(time: number, timeZone: string): number {
  const n: Record<string, number> = {};
  for (const p of partsFormatter(timeZone).formatToParts(time)) n[p.type] = Number(p.value);
  const ms = ((time % 1000) + 1000) % 1000;
  return Date.UTC(n.year!, n.month! - 1, n.day!, n.hour!, n.minute!, n.second!, ms);
}

/** Minutes east of UTC that `timeZone` observes at the instant `time` (120 for CEST). */
export function zoneOffsetMinutes(timeZone: string, time: number): number {
  return Math.round((wallClock(time, timeZone) - time) / MINUTE);
}

export type WallTimeResolution =
  | { kind: 'exact'; time: number }
  /** Clocks went back: the wall time happened twice. `time` is the first, `later` the second. */
  | { kind: 'ambiguous'; time: number; later: number }
  /** Clocks went forward over it: the wall time never happened. Walls are as from wallClock(). */
  | { kind: 'skipped'; transition: number; wallBefore: number; wallAfter: number };

/**
 * The instant(s) at which `timeZone` shows the wall-clock time `wall` (given as its UTC epoch
 * value, as parseContentDate returns for a floating time). Assumes at most one offset change
 * within a day either side, which holds for every real timezone.
 */
export function resolveWallTime(wall: number, timeZone: string): WallTimeResolution {
  const before = zoneOffsetMinutes(timeZone, wall - DAY);
  const after = zoneOffsetMinutes(timeZone, wall + DAY);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE)
    .filter((t) => wallClock(t, timeZone) === wall)
    .sort((a, b) => a - b);
  if (candidates.length === 1) return { kind: 'exact', time: candidates[0]! };
  if (candidates.length > 1) return { kind: 'ambiguous', time: candidates[0]!, later: candidates[candidates.length - 1]! };
  // The gap: find the instant the offset changed, to the second.
  let lo = wall - after * MINUTE;
  let hi = wall - before * MINUTE;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (zoneOffsetMinutes(timeZone, mid) === before) lo = mid;
    else hi = mid;
  }
  return { kind: 'skipped', transition: hi, wallBefore: hi + before * MINUTE, wallAfter: hi + after * MINUTE };
}

/** `+02:00`, `-03:30`, `+00:00`. */
export function formatOffset(minutes: number, separator = ':'): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${separator}${String(abs % 60).padStart(2, '0')}`;
}

/** ISO 8601 with the timezone's offset at that instant: 2023-04-11T13:00:00+02:00. */
export function isoInZone(time: number, timeZone: string): string {
  const offset = zoneOffsetMinutes(timeZone, time);
  const wall = new Date(time + offset * MINUTE).toISOString().slice(0, 19);
  return `${wall}${formatOffset(offset)}`;
}
