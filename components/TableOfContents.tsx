import { ReadingPosition } from '@/components/ReadingPosition';
import { translator, type Translator } from '@/lib/i18n';
import type { Heading } from '@/lib/mdx/headings';

interface Section extends Heading {
  children: Heading[];
}

function nest(headings: readonly Heading[]): Section[] {
  const sections: Section[] = [];
  for (const h of headings) {
    const parent = sections.at(-1);
    if (h.depth === 3 && parent) parent.children.push(h);
    else sections.push({ ...h, children: [] });
  }
  return sections;
}

/** "On this page": links to the post's sections, h3 nested under their h2. */
export function TableOfContents({ headings, tr = translator('en') }: { headings: readonly Heading[]; tr?: Translator }) {
  if (!headings.length) return null;
  return (
    <nav aria-label={tr.t('toc.label')} data-pagefind-ignore className="toc mt-8 rounded-2xl border border-border bg-surface p-5">
      <p className="mb-2 text-sm font-semibold uppercase tracking-wider text-muted">{tr.t('toc.heading')}</p>
      <ol className="grid gap-1">
        {nest(headings).map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`} className="text-fg underline decoration-border underline-offset-4 hover:decoration-accent">
              {section.text}
            </a>
            {section.children.length ? (
              <ol className="mt-1 grid gap-1 ps-5">
                {section.children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`} className="text-muted underline decoration-border underline-offset-4 hover:decoration-accent">
                      {child.text}
                    </a>
                  </li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
      <ReadingPosition />
    </nav>
  );
}
