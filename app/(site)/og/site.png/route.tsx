import { socialCardResponse } from '@/app/_routes/social-card';
import { getSite } from '@/lib/content';

/** The social image of the home, tag and author pages. */
export const dynamic = 'force-static';

export function GET() {
  const site = getSite();
  return socialCardResponse({ siteName: site.title, title: site.description });
}
