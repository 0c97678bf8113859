import { scopedFeedRoute } from '@/app/_routes/feeds';

/** Atom of one tag: /tags/<tag>/atom.xml. */
const route = scopedFeedRoute('tag', 'tag', 'atom');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
