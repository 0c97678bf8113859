/**
 * `record[key]` for a key that content chose (a file name, a callout kind, an icon, a shortcode):
 * only the record's own entries. A plain lookup also finds what every object inherits, so
 * `constructor`, `__proto__` or `toString` would name a function or a prototype instead of nothing.
 */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
