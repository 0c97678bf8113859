import { termRoutes } from '@/components/TermPage';

const route = termRoutes('categories', 'category');

export const dynamicParams = false;
export const generateStaticParams = route.firstPageParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
