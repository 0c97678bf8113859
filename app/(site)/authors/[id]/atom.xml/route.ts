import { scopedFeedRoute } from '@/app/_routes/feeds';

/** Atom of one author's posts: /authors/<id>/atom.xml. */
const route = scopedFeedRoute('author', 'id', 'atom');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
