import { termRoutes } from '@/app/_routes/terms';

const route = termRoutes('tags', 'tag');

export const dynamicParams = false;
export const generateStaticParams = route.laterPageParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
