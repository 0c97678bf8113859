/** Post cards as the site shows them: the post's authors, the site's tags, language and timezone. */
import { postAuthors, type Post, type SiteConfig } from '../content';
import { toCard, type CardData } from '../publish/cards';
import type { PageSlice } from '../routes/pagination';
import { getTags } from './terms';

export const siteCard = (post: Post, site: Pick<SiteConfig, 'language' | 'timezone'>): CardData => toCard(post, postAuthors(post), getTags(), site.language, site.timezone);

/** One page of a post list, as cards. */
export function cardSlice(slice: PageSlice<Post>, site: Pick<SiteConfig, 'language' | 'timezone'>): PageSlice<CardData> {
  return { ...slice, items: slice.items.map((post) => siteCard(post, site)) };
}
