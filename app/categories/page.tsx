import { TermIndex, termIndexMetadata } from '@/components/TermIndex';

export const metadata = termIndexMetadata('categories');

export default function Page() {
  return <TermIndex kind="categories" />;
}
