import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Analytics } from '@/components/Analytics';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { getSite } from '@/lib/content';
import { feedAlternates, siteBase, siteSocialImage } from '@/lib/seo';
import { browserUrl } from '@/lib/urls';
import { siteTranslator } from './_routes/i18n';
import './globals.css';

/** Defaults for every page; pages add their canonical URL and their own card (lib/seo pageMetadata). */
export function generateMetadata(): Metadata {
  const site = getSite();
  const image = siteSocialImage(site);
  return {
    metadataBase: siteBase(site),
    title: { default: site.title, template: `%s · ${site.title}` },
    description: site.description,
    alternates: { types: feedAlternates(site) },
    openGraph: { type: 'website', siteName: site.title, title: site.title, description: site.description, images: [image] },
    twitter: { card: 'summary_large_image', title: site.title, description: site.description, images: [image] },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcfa' },
    { media: '(prefers-color-scheme: dark)', color: '#121316' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  const site = getSite();
  const tr = siteTranslator();
  return (
    // theme.js sets data-theme and data-js on <html> before React hydrates.
    <html lang={tr.lang} dir={tr.dir} suppressHydrationWarning>
      <head>
        {/* Blocking on purpose and tiny: the chosen theme must apply before the first paint. */}
        <script src={browserUrl('/theme.js')} />
      </head>
      <body className="min-h-screen antialiased">
        <a href="#main" className="skip-link">
          {tr.t('layout.skipToContent')}
        </a>
        <SiteHeader site={site} tr={tr} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <SiteFooter site={site} tr={tr} />
        {site.analytics ? <Analytics settings={site.analytics} siteUrl={site.url} /> : null}
      </body>
    </html>
  );
}
