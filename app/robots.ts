import type { MetadataRoute } from 'next';
import { getSite } from '@/lib/content';
import { robotsRules } from '@/lib/publish/robots';

export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return robotsRules(getSite());
}
