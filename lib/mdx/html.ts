/**
 * A post body as an HTML string, for feeds that carry whole posts. It is the same compile as the
 * post page (compilePost), rendered with react-dom/server (lib/mdx/static-markup.ts). Compiled
 * without client islands (`islands: false`), the body is plain elements and hook-free server
 * components. Feeds are prerendered at build time. A new editor component with a client island
 * needs an `islands: false` form too, or whole-post feeds fail the build naming it.
 */
import type { Post } from '../content';
import { compilePost } from './compile';
import { staticMarkup } from './static-markup';
import type { MdxComponentsFor } from './component-names';

const renderer = staticMarkup;
const cache = new Map<string, Promise<string>>();

/** The rendered body of a post; each post is compiled once per process however many feeds list it. */
export function renderPostHtml(post: Post, locale: string | undefined, components: MdxComponentsFor): Promise<string> {
  const key = `${post.file}\0${locale}\0${post.body}`;
  let html = cache.get(key);
  if (!html) {
    html = compilePost(post, { locale, islands: false, components }).then(({ content }) => renderer()(content));
    cache.set(key, html);
  }
  return html;
}
