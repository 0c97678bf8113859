/** Formatting shared by pages and feeds. Dates without a time are calendar days, shown as written. */
export function formatDate(iso: string, locale = 'en', timeZone = 'UTC'): string {
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const date = new Date(dayOnly ? `${iso}T00:00:00Z` : iso);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: dayOnly ? 'UTC' : timeZone,
  }).format(date);
}

/** The machine-readable form for <time dateTime>. */
export function isoDateTime(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso : new Date(iso).toISOString();
}

export function pluralise(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
