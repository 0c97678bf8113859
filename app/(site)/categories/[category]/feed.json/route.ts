import { scopedFeedRoute } from '@/app/_routes/feeds';

/** JSON Feed of one category: /categories/<category>/feed.json. */
const route = scopedFeedRoute('category', 'category', 'json');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
