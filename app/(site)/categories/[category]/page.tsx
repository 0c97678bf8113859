import { termRoutes } from '@/app/_routes/terms';

const route = termRoutes('categories', 'category');

export const dynamicParams = false;
export const generateStaticParams = route.firstPageParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
