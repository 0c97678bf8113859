import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnalyticsPixel } from '@/components/Analytics';
import { NewsletterSignup } from '@/components/NewsletterSignup';
import { getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/publish/metadata';
import { siteTranslator } from '@/app/_routes/i18n';

export const SUBSCRIBE_PATH = '/subscribe';

export function generateMetadata(): Metadata {
  const site = getSite();
  if (!site.newsletter) return {};
  const tr = siteTranslator();
  return pageMetadata({
    site,
    title: site.newsletter.title ?? tr.t('newsletter.title'),
    description: site.newsletter.description ?? tr.t('newsletter.pageDescription', { site: site.title }),
    path: SUBSCRIBE_PATH,
  });
}

/** The newsletter signup on its own page; "not found" while content/site.yaml has no `newsletter:`. */
export default function SubscribePage() {
  const site = getSite();
  if (!site.newsletter) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <NewsletterSignup settings={site.newsletter} headingLevel={1} tr={siteTranslator()} />
      <AnalyticsPixel site={site} pathname={SUBSCRIBE_PATH} />
    </div>
  );
}
