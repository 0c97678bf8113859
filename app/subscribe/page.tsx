import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AnalyticsPixel } from '@/components/Analytics';
import { NewsletterSignup } from '@/components/NewsletterSignup';
import { getSite } from '@/lib/content';
import { pageMetadata } from '@/lib/seo';

export const SUBSCRIBE_PATH = '/subscribe';

export function generateMetadata(): Metadata {
  const site = getSite();
  if (!site.newsletter) return {};
  return pageMetadata({ site, title: site.newsletter.title ?? 'Newsletter', description: site.newsletter.description ?? `Subscribe to ${site.title} by email.`, path: SUBSCRIBE_PATH });
}

/** The newsletter signup on its own page; "not found" while content/site.yaml has no `newsletter:`. */
export default function SubscribePage() {
  const site = getSite();
  if (!site.newsletter) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <NewsletterSignup settings={site.newsletter} headingLevel={1} />
      <AnalyticsPixel site={site} pathname={SUBSCRIBE_PATH} />
    </div>
  );
}
