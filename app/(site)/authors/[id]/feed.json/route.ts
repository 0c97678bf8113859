import { scopedFeedRoute } from '@/app/_routes/feeds';

/** JSON Feed of one author's posts: /authors/<id>/feed.json. */
const route = scopedFeedRoute('author', 'id', 'json');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
