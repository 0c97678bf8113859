/**
 * The one date parser. YAML is read with the 1.2 core schema, so dates arrive as the strings the
 * editor typed; we check them ourselves because `new Date('2024-13-45')` and friends roll over or
 * guess instead of failing.
 */
const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;

export interface ParsedDate {
  /** Normalised form: `YYYY-MM-DD` for a day, full ISO 8601 with offset otherwise. */
  iso: string;
  /** Milliseconds since the epoch; a bare day counts from 00:00 UTC. */
  time: number;
  dateOnly: boolean;
  /** True when the editor gave a time without an offset (interpret in the site timezone). */
  floating: boolean;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 1123 as WordPress exports write it: `Thu, 11 Sep 2014 00:00:34 +0000` (or GMT/UTC). */
const RFC1123_RE = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|GMT|UTC|UT|Z)$/i;
/** Go's own time format, which Hugo also reads: `2014-09-11 00:00:34 +0000 UTC`. */
const ZONE_NAME_AFTER_OFFSET = /^(.+[+-]\d{2}:?\d{2})\s+[A-Z]{2,5}$/;

/**
 * Returns the parsed date, or undefined when the text is not a real calendar date/time. Reads the
 * forms Hugo reads: `2014-09-11`, `2014-09-11 00:00:34`, RFC 3339, RFC 1123.
 */
export function parseContentDate(raw: string): ParsedDate | undefined {
  const trimmed = raw.trim();
  const rfc = RFC1123_RE.exec(trimmed);
  if (rfc) {
    const [, d, mon, y, h, mi, sec, zone] = rfc;
    const month = MONTHS.indexOf(mon!.toLowerCase()) + 1;
    if (!month) return undefined;
    const offset = /^[+-]/.test(zone!) ? zone : 'Z';
    return parseContentDate(`${y}-${String(month).padStart(2, '0')}-${d!.padStart(2, '0')}T${h}:${mi}:${sec ?? '00'}${offset}`);
  }
  const named = ZONE_NAME_AFTER_OFFSET.exec(trimmed);
  if (named) return parseContentDate(named[1]!);
  const m = DATE_RE.exec(trimmed);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, offset] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (h === undefined) {
    return { iso: `${y}-${mo}-${d}`, time: Date.UTC(year, month - 1, day), dateOnly: true, floating: false };
  }
  const hour = Number(h);
  const minute = Number(mi);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = 0;
  let offsetText = 'Z';
  if (offset && offset !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 14 || om > 59) return undefined;
    offsetMinutes = sign * (oh * 60 + om);
    offsetText = `${offset[0]}${digits.slice(0, 2)}:${digits.slice(2)}`;
  }
  const time = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const hms = `${h}:${mi}:${String(second).padStart(2, '0')}`;
  return {
    iso: `${y}-${mo}-${d}T${hms}${offset ? offsetText : ''}`,
    time,
    dateOnly: false,
    floating: !offset,
  };
}

export const DATE_EXPECTED = 'a real calendar date such as 2024-05-31 or 2024-05-31T14:00:00+02:00';
