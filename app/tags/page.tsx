import { TermIndex, termIndexMetadata } from '@/components/TermIndex';

export const generateMetadata = () => termIndexMetadata('tags');

export default function Page() {
  return <TermIndex kind="tags" />;
}
