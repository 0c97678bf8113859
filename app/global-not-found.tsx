/**
 * A URL no route matches. With a root layout per language (app/(site), app/[lang]) Next has no
 * single layout to draw its 404 in, so this one draws the whole document: the default language's
 * site around the same "not found" page.
 */
import type { Metadata } from 'next';
import NotFound from '@/app/(site)/not-found';
import { siteTranslator } from '@/app/_routes/i18n';
import { SiteShell, siteMetadata } from '@/app/_routes/site-shell';

export function generateMetadata(): Metadata {
  return { ...siteMetadata(), title: siteTranslator().t('notFound.title'), robots: { index: false } };
}

export default function GlobalNotFound() {
  return (
    <SiteShell>
      <NotFound />
    </SiteShell>
  );
}
