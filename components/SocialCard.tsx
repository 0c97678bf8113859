/**
 * The picture social networks show for a post without a featured image (and for the other pages):
 * rendered at build time by next/og with its bundled font, so nothing is fetched. Satori supports
 * flexbox and inline styles only, hence the style objects.
 */
import { ImageResponse } from 'next/og';
import { codeVersion, hashOf, readEntry, writeEntry } from '@/lib/build-cache';
import { socialCardText } from '@/lib/seo';
export interface SocialCardProps {
  siteName: string;
  title: string;
  /** Shown under the title, e.g. the formatted date; omitted for the site card. */
  subtitle?: string;
}

export const SOCIAL_CARD_SIZE = { width: 1200, height: 630 } as const;

export function SocialCard({ siteName, title, subtitle }: SocialCardProps) {
  const fontSize = title.length > 90 ? 52 : title.length > 50 ? 64 : 76;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: '#fdfcfa',
        color: '#1c1b19',
        borderTop: '24px solid #1f5fbf',
      }}
    >
      <div style={{ display: 'flex', fontSize: 32, color: '#1f5fbf', letterSpacing: 1 }}>{siteName}</div>
      <div style={{ display: 'flex', fontSize, lineHeight: 1.15, maxHeight: 380, overflow: 'hidden' }}>{title}</div>
      <div style={{ display: 'flex', fontSize: 30, color: '#5b5850' }}>{subtitle ?? ''}</div>
    </div>
  );
}

/** What draws a card besides its text: this file, and next/og (its renderer and font ship with Next). */
const CARD_CODE = ['components/SocialCard.tsx'];
const CARD_PACKAGES = /^next$/;

/** A stored card: its response headers as JSON, a newline, the PNG. */
function packCard(headers: Headers, png: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${JSON.stringify([...headers])}\n`), png]);
}

function unpackCard(data: Buffer): Response | undefined {
  const newline = data.indexOf(10);
  try {
    const headers = JSON.parse(data.toString('utf8', 0, newline)) as [string, string][];
    return new Response(new Uint8Array(data.subarray(newline + 1)), { headers });
  } catch {
    return undefined;
  }
}

/**
 * The PNG response for a card. Text is reduced to what the bundled font draws (see socialCardText).
 * Drawing is most of a card route's time, so the bytes are kept in the build cache
 * (lib/build-cache.ts), keyed by the card's text and the code that draws it.
 */
export async function socialCardResponse({ siteName, title, subtitle }: SocialCardProps): Promise<Response> {
  const name = socialCardText(siteName);
  const heading = socialCardText(title) || name;
  const sub = subtitle && socialCardText(subtitle);
  const code = codeVersion(CARD_CODE, CARD_PACKAGES);
  const key = code && hashOf(code, process.env.NODE_ENV === 'production', SOCIAL_CARD_SIZE, name, heading, sub ?? null);
  const hit = key && readEntry('cards', key);
  const cached = hit && unpackCard(hit);
  if (cached) return cached;
  const drawn = new ImageResponse(<SocialCard siteName={name} title={heading} subtitle={sub} />, {
    ...SOCIAL_CARD_SIZE,
    headers: { 'Content-Type': 'image/png' },
  });
  const png = Buffer.from(await drawn.arrayBuffer());
  if (key) writeEntry('cards', key, packCard(drawn.headers, png));
  return new Response(new Uint8Array(png), { status: drawn.status, headers: drawn.headers });
}
