import { scopedFeedRoute } from '@/app/_routes/feeds';

/** RSS of one category: /categories/<category>/feed.xml. */
const route = scopedFeedRoute('category', 'category', 'rss');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
