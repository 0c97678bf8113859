import { scopedFeedRoute } from '@/app/_routes/feeds';

/** RSS of one tag: /tags/<tag>/feed.xml. */
const route = scopedFeedRoute('tag', 'tag', 'rss');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
