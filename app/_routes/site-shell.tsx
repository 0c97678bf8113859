/**
 * What every page of every language is wrapped in: the document with its language and direction,
 * the header, the footer and the site-wide metadata. app/(site)/layout.tsx (the default language)
 * and app/[lang]/layout.tsx (the others) are each a root layout around it, so `<html lang dir>`
 * is right in the HTML itself.
 */
import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Analytics } from '@/components/Analytics';
import { SiteFooter } from '@/components/SiteFooter';
import { ReplayEarlyClicks } from '@/components/ReplayEarlyClicks';
import { SiteHeader } from '@/components/SiteHeader';
import { getSite } from '@/lib/content';
import { feedAlternates } from '@/lib/publish/feed-paths';
import { siteBase } from '@/lib/publish/metadata';
import { siteSocialImage } from '@/lib/publish/social-images';
import { browserUrl, languagePrefix } from '@/lib/routes/urls';
import { siteTranslator } from '@/app/_routes/i18n';
import '@/app/globals.css';
/** Defaults for every page; pages add their canonical URL and their own card (pageMetadata, lib/publish/metadata.ts). */
export function siteMetadata(): Metadata {
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

export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcfa' },
    { media: '(prefers-color-scheme: dark)', color: '#121316' },
  ],
};

export function SiteShell({ children }: { children: ReactNode }) {
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
        <SiteHeader site={site} tr={tr} languages={site.languages.map((l) => ({ code: l.code, name: l.name, prefix: languagePrefix(l.code) }))} current={site.lang.code} />
        <main id="main" className="mx-auto max-w-5xl px-4 py-8">
          {children}
        </main>
        <SiteFooter site={site} tr={tr} />
        {site.analytics ? <Analytics settings={site.analytics} siteUrl={site.url} /> : null}
        <ReplayEarlyClicks />
      </body>
    </html>
  );
}
