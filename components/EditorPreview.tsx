/**
 * The browser editor's live preview of an entry: the post page's header (title, standfirst, date,
 * tags) in the same classes, then the compiled body. `npm run edit` hands it to the editor's
 * server (lib/editor/preview.ts renders it to static HTML), so lib/ never imports a component.
 */
import type { PreviewArticleProps } from '@/lib/editor/preview';
import { FormattedDate } from './FormattedDate';
import { TagLinks } from './TagLinks';

export function EditorPreview({ post, site, tags, tr, prefix, children }: PreviewArticleProps) {
  return (
    <article>
      <header className="mb-8">
        <h1 dir="auto" className="text-3xl font-bold leading-tight tracking-tight sm:text-4xl">
          {post.title}
        </h1>
        {typeof post.data.summary === 'string' ? (
          <p dir="auto" className="mt-3 text-lg text-muted">
            {post.summary}
          </p>
        ) : null}
        <p className="mt-3 text-muted">
          <FormattedDate iso={post.date} locale={site.language} timeZone={site.timezone} />
          {post.draft ? ' · draft' : null}
        </p>
        <div className="mt-4">
          <TagLinks tags={tags} label={tr.t('tags.label')} prefix={prefix} />
        </div>
      </header>
      <div dir="auto" className="prose prose-lg mt-8 max-w-none">
        {children}
      </div>
    </article>
  );
}
