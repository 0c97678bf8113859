import { scopedFeedRoute } from '@/app/_routes/feeds';

/** JSON Feed of one tag: /tags/<tag>/feed.json. */
const route = scopedFeedRoute('tag', 'tag', 'json');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
