import { describe, expect, it } from 'vitest';
import { displayPath } from '@/lib/content/paths';
import { compileProblems, renderPostBody } from '../helpers/render';
import { post } from '../helpers/content';

const FM = 'title: T\ndate: 2024-01-01';
const md = (body: string) => renderPostBody({ 'posts/a.md': post(FM, body) });
const mdx = (body: string) => renderPostBody({ 'posts/a.mdx': post(FM, body) });

describe('scratch', () => {
  it('renders', async () => {
    console.log(await md('\n> [!NOTE]\n> Read this.\n\nCosts $5 and $10. Euler: $e^{i\\pi}+1=0$.\n\n$$\n\\frac{a}{b}\n$$\n\n```ts title="lib/x.ts" {2} showLineNumbers\nconst a = 1;\n/* two\nlines */\n```\n\n```mermaid\ngraph TD; A-->B\n```\n'));
    console.log(await mdx('\n> [!TIP]\n> Read this.\n\nCosts $5 and $10. Euler: $e^{i\\pi}+1=0$ and $\\frac{1}{2}$.\n'));
    console.log(await compileProblems({ 'posts/a.md': post(FM, '\nBad: $\\frac{1}{$ here\n\n```js {3-a}\nx\n```\n') }));
  });
});
