import { scopedFeedRoute } from '@/app/_routes/feeds';

/** Atom of one category: /categories/<category>/atom.xml. */
const route = scopedFeedRoute('category', 'category', 'atom');

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = route.generateStaticParams;
export const GET = route.GET;
