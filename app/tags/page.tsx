import { TermIndex, termIndexMetadata } from '@/components/TermIndex';

export const metadata = termIndexMetadata('tags');

export default function Page() {
  return <TermIndex kind="tags" />;
}
