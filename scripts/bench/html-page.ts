/**
 * `npx tsx scripts/bench/html-page.ts [MB]`: what an HTML page (an R Markdown report, 3 MB by
 * default) costs the content check against a normal Markdown post: the same steps `npm run check`
 * takes for each post (read and validate, then compile through the safety pass), timed over a few
 * rounds in a temporary content folder. Prints the medians; never part of `npm test`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadContent } from '../../lib/content/load';
import { compilePost } from '../../lib/mdx/compile';

/**
 * A self-contained report as R Markdown writes one: its libraries inlined as scripts and styles,
 * its figures as data: images, a few sections of prose, tables and code. Few elements, much text.
 */
export function generateSelfContained(bytes: number): string {
  const parts = ['---\ntitle: Generated self-contained report\ndate: 2024-01-20\n---\n'];
  let size = parts[0]!.length;
  const library = (n: number) => `<script>/* library ${n} */\n${'function f(a,b){return a<b?a:b;}var x=[1,2,3].map(function(v){return v*2;});\n'.repeat(600)}</script>\n`;
  const figure = (n: number) => `<p><img src="data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg'.repeat(500)}" alt="Figure ${n}"></p>\n`;
  for (let s = 1; size < bytes; s++) {
    const rows = Array.from({ length: 10 }, (_, r) => `<tr><td>Group ${s}.${r}</td><td>${(s * 37 + r) % 211}</td></tr>`).join('');
    const section = `${s % 3 === 1 ? library(s) : ''}<div id="s${s}" class="section level2"><h2>Section ${s}</h2><p>What the groups tried this month, and what they would change.</p><table><tbody>${rows}</tbody></table>${figure(s)}<pre class="r"><code>plot(scores)</code></pre></div>\n`;
    parts.push(section);
    size += section.length;
  }
  return parts.join('');
}

/** The worst case: a report that is all tables (hundreds of thousands of elements), a widget's data in each section. */
export function generateReport(bytes: number): string {
  const parts = ['---\ntitle: Generated annual report\ndate: 2024-01-20\n---\n<div id="header"><h1 class="title">Generated annual report</h1></div>\n'];
  let size = parts[0]!.length;
  for (let s = 1; size < bytes; s++) {
    const rows = Array.from({ length: 40 }, (_, r) => `<tr><td>Group ${s}.${r}</td><td>${(s * 37 + r) % 211}</td><td>${((s + r) % 17) / 4}</td></tr>`).join('\n');
    const section = [
      `<div id="section-${s}" class="section level2">`,
      `<h2>Section ${s}</h2>`,
      `<p>In this part of the year the groups met ${s % 9} times and wrote down what they tried, what worked and what they would change next time.</p>`,
      `<table class="table"><thead><tr><th>Group</th><th>Count</th><th>Score</th></tr></thead><tbody>\n${rows}\n</tbody></table>`,
      `<pre class="r"><code>summary(groups[${s}, ])\nplot(scores ~ month, data = groups)</code></pre>`,
      `<script type="application/json" data-for="widget-${s}">{"x":{"data":[${Array.from({ length: 30 }, (_, i) => i * s).join(',')}]}}</script>`,
      '</div>\n',
    ].join('\n');
    parts.push(section);
    size += section.length;
  }
  return parts.join('');
}

const POST = `---\ntitle: A normal post\ndate: 2024-01-21\n---\n\n${Array.from({ length: 12 }, (_, i) => `## Part ${i}\n\nA paragraph of an ordinary post, with **bold** words and [a link](https://example.org/${i}).\n`).join('\n')}`;

async function time(root: string, slug: string, rounds: number): Promise<{ load: number; compile: number }> {
  const loads: number[] = [];
  const compiles: number[] = [];
  for (let i = 0; i < rounds; i++) {
    // Nothing from the build cache: every round compiles afresh.
    process.env.BLOG_CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-html-cache-'));
    const t0 = performance.now();
    const { posts } = loadContent({ root, includeDrafts: false });
    const t1 = performance.now();
    await compilePost(posts.find((p) => p.slug === slug)!);
    const t2 = performance.now();
    loads.push(t1 - t0);
    compiles.push(t2 - t1);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { load: median(loads), compile: median(compiles) };
}

async function main() {
  const mb = Number(process.argv[2] ?? 3);
  const report = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-html-'));
  const normal = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-md-'));
  fs.mkdirSync(path.join(report, 'posts/report'), { recursive: true });
  fs.mkdirSync(path.join(normal, 'posts'), { recursive: true });
  const contained = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-html-'));
  fs.mkdirSync(path.join(contained, 'posts/report'), { recursive: true });
  const html = generateReport(mb * 1024 * 1024);
  const selfContained = generateSelfContained(mb * 1024 * 1024);
  fs.writeFileSync(path.join(report, 'posts/report/index.html'), html);
  fs.writeFileSync(path.join(contained, 'posts/report/index.html'), selfContained);
  fs.writeFileSync(path.join(normal, 'posts/normal.md'), POST);
  await time(normal, 'normal', 1); // warm up the modules
  const rounds = Number(process.env.ROUNDS ?? 3);
  const a = await time(normal, 'normal', rounds);
  const c = await time(contained, 'report', rounds);
  const b = await time(report, 'report', rounds);
  const mbOf = (text: string) => (Buffer.byteLength(text) / 1024 / 1024).toFixed(2);
  console.log(`normal post (${POST.length} bytes): load ${a.load.toFixed(1)} ms, compile ${a.compile.toFixed(1)} ms`);
  console.log(`self-contained report (${mbOf(selfContained)} MB: scripts, data: images, a few tables): load ${c.load.toFixed(1)} ms, compile ${c.compile.toFixed(1)} ms`);
  console.log(`all-tables report (${mbOf(html)} MB): load ${b.load.toFixed(1)} ms, compile ${b.compile.toFixed(1)} ms`);
  console.log(`load average: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} on ${os.cpus().length} cores`);
}

if (process.argv[1] && path.basename(process.argv[1]) === 'html-page.ts') {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
