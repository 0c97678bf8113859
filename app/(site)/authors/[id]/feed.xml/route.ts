import { scopedFeedRoute } from '@/app/_routes/feeds';

/** RSS of one author's posts: /authors/<id>/feed.xml. */
const route = scopedFeedRoute('author', 'id', 'rss');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
