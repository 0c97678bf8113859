/**
 * `npm run bench -- --adversarial`: the check's time for a one-megabyte post written to make
 * one of its passes slow, beside a one-megabyte ordinary post (each post alone in a content
 * folder, checked as `npm run check` does). Every shape here once took minutes or overflowed the
 * stack; each is now linear or stops at a limit with a located error (tests/integration/
 * content-limits.test.ts asserts the messages, never the times).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkContent } from '../check-content';

const SIZE = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.floor(SIZE / unit.length));
const paragraphs = ('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(12) + '\n\n').repeat(Math.floor(SIZE / 700));

/** Name → body of a post of about SIZE bytes. */
export const ADVERSARIAL_BODIES: Record<string, string> = {
  'ordinary paragraphs': paragraphs,
  'closed code spans (a `b`)': fill('a `b` '),
  'backticks of every length, unclosed': Array.from({ length: 1400 }, (_, i) => `w ${'`'.repeat(i + 1)} w`).join(' '),
  'unclosed shortcodes ({{< x)': fill('{{< x '),
  'unclosed highlight shortcodes': fill('{{< highlight go >}} x\n'),
  'lists on one line (1. 1. 1.)': fill('1. '),
  'quotes and lists on one line (> - > -)': fill('> - '),
  'unclosed brackets ([a)': fill('[a '),
  'unclosed links ([a](b)': fill('[a](b '),
  'unclosed tags (<a)': fill('<a '),
  'emphasis (**a)': fill('**a '),
  'formulas asking for millions of symbols': ('$$\n\\def\\a{' + 'x'.repeat(3900) + '}' + '\\a'.repeat(900) + '\n$$\n\n').repeat(Math.floor(SIZE / 6000)),
};

export interface AdversarialTiming {
  name: string;
  bytes: number;
  ms: number;
  /** The first problem the check reported, as an editor reads it. */
  first?: string;
  problems: number;
}

export async function timeAdversarialChecks(): Promise<AdversarialTiming[]> {
  const out: AdversarialTiming[] = [];
  for (const [name, body] of Object.entries(ADVERSARIAL_BODIES)) {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-adversarial-'));
    try {
      fs.mkdirSync(path.join(root, 'posts'));
      const text = `---\ntitle: Adversarial\ndate: 2024-03-01\n---\n\n${body}\n`;
      fs.writeFileSync(path.join(root, 'posts', 'post.md'), text);
      const start = performance.now();
      const result = await checkContent(root);
      const ms = Math.round(performance.now() - start);
      const first = result.problems[0];
      out.push({ name, bytes: Buffer.byteLength(text), ms, problems: result.problems.length, first: first && `${first.line ?? ''} ${first.field}: ${first.found}`.slice(0, 100) });
      console.log(`${name}: ${ms} ms`);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  }
  return out;
}

export function adversarialReport(rows: AdversarialTiming[]): string {
  const ordinary = rows.find((r) => r.name === 'ordinary paragraphs')?.ms ?? 1;
  const lines = ['| post (≈1 MB) | check | × ordinary | problems (first) |', '| --- | --- | --- | --- |'];
  for (const r of rows) lines.push(`| ${r.name} | ${(r.ms / 1000).toFixed(2)} s | ${(r.ms / ordinary).toFixed(1)} | ${r.problems}${r.first ? ` (${r.first.replace(/\|/g, '\\|')})` : ''} |`);
  return lines.join('\n');
}
