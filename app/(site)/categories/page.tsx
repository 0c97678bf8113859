import { termIndexRoute } from '@/app/_routes/terms';

const route = termIndexRoute('categories');

export const generateMetadata = route.generateMetadata;
export default route.Page;
