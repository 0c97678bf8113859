import type { ReactNode } from 'react';
import { SiteShell, siteMetadata, siteViewport } from '@/app/_routes/site-shell';

/** The root layout of the default language's pages (at /); the others' is app/[lang]/layout.tsx. */
export const generateMetadata = siteMetadata;
export const viewport = siteViewport;

export default function RootLayout({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
