/**
 * The PNG response of a social card (app/og/…): drawn by next/og from components/SocialCard.tsx,
 * and kept in the build cache.
 */
import { ImageResponse } from 'next/og';
import { SOCIAL_CARD_SIZE, SocialCard, type SocialCardProps } from '@/components/SocialCard';
import { codeVersion, hashOf, readEntry, writeEntry } from '@/lib/build/cache';
import { socialCardText } from '@/lib/publish/social-images';

/** What draws a card besides its text: the component, this file, and next/og (its renderer and font ship with Next). */
const CARD_CODE = ['components/SocialCard.tsx', 'app/_routes/social-card.tsx'];
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
 * (lib/build/cache.ts), keyed by the card's text and the code that draws it.
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
