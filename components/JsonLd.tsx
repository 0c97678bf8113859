import { serializeJsonLd } from '@/lib/publish/json-ld';

/** Structured data for search engines. Not executable, so a Content-Security-Policy allows it. */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
