import type { Author, Post } from '@/lib/content';
import { toCard } from '@/lib/cards';
import { PostCardView } from './PostCardView';

export interface PostCardProps {
  post: Post;
  authors: Author[];
  locale: string;
  timeZone: string;
  /** The first cards are above the fold: load their images eagerly. */
  eager?: boolean;
  headingLevel?: 'h2' | 'h3';
}

export function PostCard({ post, authors, locale, timeZone, eager, headingLevel }: PostCardProps) {
  return <PostCardView card={toCard(post, authors, locale, timeZone)} eager={eager} headingLevel={headingLevel} />;
}
