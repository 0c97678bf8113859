import { TermIndex, termIndexMetadata } from '@/components/TermIndex';

export const generateMetadata = () => termIndexMetadata('categories');

export default function Page() {
  return <TermIndex kind="categories" />;
}
