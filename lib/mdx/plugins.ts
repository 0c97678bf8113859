/**
 * Our remark/rehype plugins. Each one does one job; problems an editor caused are pushed to the
 * `problems` list the compiler hands in, so one compile reports all of them with lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import type { Paragraph, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';
import type { Asset, ContentProblem } from '../content';
import { classifyBundleFile } from '../security/bundle-files';
import { isJsx, type JsxNode as MdxJsx } from './nodes';
import { BODY_SIZES } from '../images/plan';
import { preparedImage } from '../images/responsive';
import type { BodySource } from './source';
import { own } from '../own';

type JsxNode = MdxJsx<RootContent>;

/**
 * Block components written inline (`text <Figure …/> text`) would render a <div> inside a <p>,
 * which is invalid HTML and a hydration error. Lift them out of their paragraph.
 */
export function remarkUnwrapBlocks(blockNames: ReadonlySet<string>) {
  return () => (tree: MdastRoot) => {
    visit(tree, 'paragraph', (node: Paragraph, index, parent) => {
      if (!parent || index === undefined) return;
      const isBlock = (c: PhrasingContent) =>
        (c as unknown as JsxNode).type === 'mdxJsxTextElement' && blockNames.has((c as unknown as JsxNode).name ?? '');
      if (!node.children.some(isBlock)) return;
      const replacement: RootContent[] = [];
      let run: PhrasingContent[] = [];
      const flush = () => {
        if (run.some((c) => c.type !== 'text' || c.value.trim() !== '')) {
          replacement.push({ type: 'paragraph', children: run });
        }
        run = [];
      };
      for (const child of node.children) {
        if (isBlock(child)) {
          flush();
          replacement.push({ ...(child as unknown as JsxNode), type: 'mdxJsxFlowElement' } as unknown as RootContent);
        } else run.push(child);
      }
      flush();
      (parent.children as RootContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}

interface ExpressionNode {
  type: string;
  value?: string;
  position?: { start: { line: number } };
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const isComment = (code: string) => /^\s*\/\*[^]*\*\/\s*$/.test(code);

/**
 * JavaScript in `{…}` never runs (next-mdx-remote removes it after our plugins); say so with the
 * line, since an editor who wrote `{name}` in prose would otherwise lose the text silently.
 * `{/* comments *\/}` are MDX's comments and go quietly.
 */
export function remarkExpressionWarnings(file: string, problems: ContentProblem[]) {
  const shown = (code: string) => `{${code.length > 40 ? `${code.slice(0, 39)}…` : code}}`;
  return () => (tree: MdastRoot) => {
    const warn = (node: ExpressionNode, found: string) =>
      problems.push({
        severity: 'warning',
        file,
        line: node.position?.start.line,
        field: 'body',
        expected: 'text and components without JavaScript (anything in { } is left out; write \\{ for a brace)',
        found,
      });
    visit(tree, (node) => {
      const n = node as unknown as ExpressionNode;
      if ((n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') && !isComment(n.value ?? '')) warn(n, shown(n.value ?? ''));
      for (const a of n.attributes ?? []) {
        const v = a.value as { type?: string; value?: string } | null | undefined;
        if (a.type === 'mdxJsxExpressionAttribute') warn(n, shown(String(a.value ?? '')));
        else if (v?.type === 'mdxJsxAttributeValueExpression') warn(n, `${a.name}=${shown(v.value ?? '')}`);
      }
    });
  };
}

/** An unknown `<Component>` is a build error with its line, not a blank space on the page. */
export function remarkKnownComponents(known: ReadonlySet<string>, post: Pick<BodySource, 'displayPath'>, problems: ContentProblem[]) {
  return () => (tree: MdastRoot) => {
    visit(tree, (node) => {
      if (!isJsx<RootContent>(node)) return;
      const jsx = node;
      const name = jsx.name ?? '';
      if (!/^[A-Z]/.test(name) || known.has(name)) return;
      problems.push({
        severity: 'error',
        file: post.displayPath,
        line: jsx.position?.start.line,
        field: 'body',
        expected: `a known component (${[...known].sort().join(', ')})`,
        found: `<${name}>`,
      });
    });
  };
}

function resolveAsset(post: BodySource, src: string): Asset | undefined {
  const name = path.posix.normalize(decodeURI(src)).replace(/^\.\//, '');
  return own(post.assets, name);
}

/** Why a file that is in the bundle is not served (lib/security/bundle-files.ts), if it is there. */
function leftOut(post: BodySource, src: string): string | undefined {
  if (!post.bundleDir) return undefined;
  const name = path.posix.normalize(decodeURI(src)).replace(/^\.\//, '');
  if (name.includes('/') || !fs.existsSync(path.join(/*turbopackIgnore: true*/ post.bundleDir, name))) return undefined;
  const verdict = classifyBundleFile(name);
  return verdict.serve ? 'an SVG that is not well-formed' : (verdict.reason ?? 'a file the site ignores');
}

const isRelative = (src: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src);

/** Reads and writes attributes the same way on HTML elements and on MDX JSX elements. */
function attributeAccess(node: Element | JsxNode) {
  if ('tagName' in node) {
    return {
      name: node.tagName,
      get: (k: string) => node.properties[k] as unknown,
      set: (k: string, v: string | number) => void (node.properties[k] = v),
      line: node.position?.start?.line,
    };
  }
  const find = (k: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === k);
  return {
    name: node.name ?? '',
    get: (k: string) => find(k)?.value,
    set: (k: string, v: string | number) => {
      const existing = find(k);
      if (existing) existing.value = String(v);
      else node.attributes.push({ type: 'mdxJsxAttribute', name: k, value: String(v) });
    },
    line: node.position?.start?.line,
  };
}

const SRC_TAGS = new Set(['img', 'source', 'video', 'audio', 'Figure']);

/**
 * Relative `src` (./header.png, drivers.png) points into the post's bundle: rewrite it to the
 * served URL, add the intrinsic size (no layout shift) and lazy loading; a missing file is an error.
 */
export function rehypeBundleAssets(post: BodySource, problems: ContentProblem[]) {
  return () => (tree: HastRoot) => {
    visit(tree, (node, index, parent) => {
      if (node.type !== 'element' && !isJsx(node)) return;
      const el = attributeAccess(node as Element | JsxNode);
      if (!SRC_TAGS.has(el.name)) return;
      const value = el.get('src');
      if (typeof value !== 'string' || !isRelative(value)) return;
      const asset = resolveAsset(post, value);
      if (!asset) {
        problems.push({
          severity: 'error',
          file: post.displayPath,
          line: el.line,
          field: 'image',
          expected: post.bundleDir
            ? `a file named ${JSON.stringify(value.replace(/^\.\//, ''))} beside the post`
            : 'an image beside the post: make the post a folder (my-post/index.mdx) and put the image in it',
          found: leftOut(post, value) ? `${JSON.stringify(value)}, a file the site does not serve (${leftOut(post, value)})` : `${JSON.stringify(value)}, which does not exist`,
        });
        return;
      }
      el.set('src', post.assetUrl(asset.name));
      if (el.name !== 'img' && el.name !== 'Figure') return;
      const width = el.get('width');
      if (asset.width && asset.height) {
        if (width === undefined && el.get('height') === undefined) {
          el.set('width', asset.width);
          el.set('height', asset.height);
        } else if (width !== undefined && el.get('height') === undefined && Number(width) > 0) {
          el.set('height', Math.round((Number(width) / asset.width) * asset.height));
        }
      }
      if (el.name === 'img') {
        if (el.get('loading') === undefined) el.set('loading', 'lazy');
        if (el.get('decoding') === undefined) el.set('decoding', 'async');
        if (el.get('alt') === undefined) el.set('alt', '');
      }
      // The sizes the build made (lib/images): an <img> becomes a <picture>, a <Figure> gets them as a prop.
      const responsive = post.post ? preparedImage(post.post.slug, asset) : undefined;
      if (!responsive) return;
      const shown = Number(el.get('width'));
      const sizes = shown > 0 && width !== undefined ? `${Math.round(shown)}px` : BODY_SIZES;
      if (el.name === 'Figure') {
        el.set('responsive', JSON.stringify({ ...responsive, sizes }));
        return;
      }
      if ('tagName' in node && parent && typeof index === 'number') {
        node.properties.src = responsive.src;
        node.properties.srcSet = responsive.srcSet;
        node.properties.sizes = sizes;
        const sources: Element[] = responsive.sources.map((source) => ({ type: 'element', tagName: 'source', properties: { type: source.type, srcSet: source.srcSet, sizes }, children: [] }));
        (parent.children as Element[])[index] = { type: 'element', tagName: 'picture', properties: {}, children: [...sources, node] };
      }
    });
  };
}
