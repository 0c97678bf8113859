import { termRoutes } from '@/app/_routes/terms';

const route = termRoutes('tags', 'tag');

export const dynamicParams = false;
export const generateStaticParams = route.firstPageParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
