import { formatDate, isoDateTime } from '@/lib/format';

export function FormattedDate({ iso, locale, timeZone }: { iso: string; locale?: string; timeZone?: string }) {
  return <time dateTime={isoDateTime(iso)}>{formatDate(iso, locale, timeZone)}</time>;
}
