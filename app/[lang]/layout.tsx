import type { ReactNode } from 'react';
import { inLanguageMetadata, languageParams, layoutLanguage } from '@/app/_routes/language-scope';
import { SiteShell, siteMetadata, siteViewport } from '@/app/_routes/site-shell';

/** The root layout of every other language's pages (/<code>/…), each with its own `<html lang dir>`. */
export const dynamicParams = false;
export const generateStaticParams = languageParams;
export const generateMetadata = inLanguageMetadata(siteMetadata);
export const viewport = siteViewport;

export default async function LanguageLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  await layoutLanguage(params);
  return <SiteShell>{children}</SiteShell>;
}
