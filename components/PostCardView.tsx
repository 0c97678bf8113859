import type { CardData } from '@/lib/publish/cards';
import { translator, type Translator } from '@/lib/i18n';
import { languagePrefix } from '@/lib/routes/urls';
import { cardLabels } from './island-labels';
import { PostCard } from './PostCard';

export interface PostCardViewProps {
  card: CardData;
  /** The first cards are above the fold: load their images eagerly. */
  eager?: boolean;
  headingLevel?: 'h2' | 'h3';
  /** The interface language (English when not given). */
  tr?: Translator;
}

/** A post card in a server-rendered list, in the page's language. */
export function PostCardView({ tr = translator('en'), ...props }: PostCardViewProps) {
  return <PostCard labels={cardLabels(tr)} prefix={languagePrefix()} {...props} />;
}
