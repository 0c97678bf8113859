/**
 * The picture social networks show for a post without a featured image (and for the other pages):
 * rendered at build time by next/og with its bundled font, so nothing is fetched. Satori supports
 * flexbox and inline styles only, hence the style objects.
 */
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
