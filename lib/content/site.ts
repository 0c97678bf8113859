import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import type { z } from 'zod';
import { describeValue, type ContentProblem } from './errors';
import { COMMUNITY_FIELDS } from '../community/settings';
import { fieldName, yamlLineOf } from './frontmatter';
import { displayPath } from './paths';
import { isBlank, siteSchema } from './schema';

export { siteSchema };

const NAV_LINK_EXPECTED = 'a path on the site such as /tags, or an https:// link (the menu entry was left out)';

/** A site path (`/tags`, not `//host`) or an absolute https:// URL. */
export function isNavLink(href: string): boolean {
  if (/^\/(?![\/\\])[^\s]*$/.test(href)) return true;
  try {
    return new URL(href).protocol === 'https:' && /^https:\/\//i.test(href.trim()) && !/\s/.test(href);
  } catch {
    return false;
  }
}


export type SiteConfig = z.infer<typeof siteSchema>;

/** `description:` left empty means "the default", as everywhere in content (see isBlank). */
function withoutBlanks(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => !isBlank(v)).map(([k, v]) => [k, withoutBlanks(v)]));
}

export function loadSite(root: string, problems: ContentProblem[]): SiteConfig {
  const file = ['site.yaml', 'site.yml', 'site.json'].map((n) => path.join(/*turbopackIgnore: true*/ root, n)).find((f) => fs.existsSync(f));
  let data: unknown = {};
  let text = '';
  if (file) {
    try {
      text = fs.readFileSync(file, 'utf8');
      data = parse(text) ?? {};
    } catch (err) {
      problems.push({
        severity: 'error',
        file: displayPath(file),
        line: (err as { linePos?: { line: number }[] }).linePos?.[0]?.line,
        field: 'site',
        expected: 'valid YAML or JSON',
        found: err instanceof Error ? err.message.split('\n')[0]! : String(err),
      });
    }
  }
  const result = siteSchema.safeParse(withoutBlanks(data));
  if (result.success) {
    const url = (process.env.SITE_URL || result.data.url).replace(/\/+$/, '');
    // A menu link that is not a page of the site or an https:// page is left out (a javascript:
    // link would run when clicked).
    const nav = result.data.nav.filter((item, i) => {
      if (isNavLink(item.href)) return true;
      problems.push({ severity: 'warning', file: displayPath(file!), field: `nav[${i}].href`, expected: NAV_LINK_EXPECTED, found: JSON.stringify(item.href) });
      return false;
    });
    return { ...result.data, url, nav };
  }
  const lineOf = yamlLineOf(text);
  for (const issue of result.error.issues) {
    let value: unknown = data;
    for (const s of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[s as PropertyKey];
    const segments = issue.path.map(String);
    // The comments, newsletter and analytics settings name their line (as front matter does).
    const located = COMMUNITY_FIELDS.includes(segments[0]!);
    problems.push({
      severity: 'error',
      file: displayPath(file!),
      ...(located ? { line: lineOf(segments.join(/*turbopackIgnore: true*/ '.')) } : {}),
      field: located ? fieldName(segments) : issue.path.join(/*turbopackIgnore: true*/ '.'),
      expected: issue.message,
      found: describeValue(value),
    });
  }
  return siteSchema.parse({});
}
