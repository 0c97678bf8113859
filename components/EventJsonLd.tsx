import type { Post, SiteConfig } from '@/lib/content';
import { eventJsonLd } from '@/lib/publish/events';
import { absoluteBrowserUrl, absoluteUrl, assetUrl, postPath } from '@/lib/routes/urls';
import { JsonLd } from './JsonLd';

/** schema.org Event markup on the post that announces an event; nothing for other posts. */
export function EventJsonLd({ post, site }: { post: Post; site: Pick<SiteConfig, 'url' | 'title'> }) {
  if (!post.event) return null;
  const data = eventJsonLd(post.event, {
    url: absoluteUrl(site.url, postPath(post.slug)),
    description: post.summary,
    image: post.featuredImage ? absoluteBrowserUrl(site.url, assetUrl(post, post.featuredImage.name)) : undefined,
    organizer: { name: site.title, url: site.url },
  });
  return <JsonLd data={data} />;
}
