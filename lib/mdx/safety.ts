/**
 * Nothing from content runs script in a visitor's browser. Raw HTML in `.md` (parsed by rehype-raw)
 * and lowercase JSX in `.mdx` end up as the same HTML elements; `rehypeSafety` removes what is
 * dangerous and warns with the line, then an allowlist (hast-util-sanitize, GitHub's schema plus
 * what posts need) cleans whatever remains. Editor components (`<Figure>`, `<YouTube>` …) are
 * kept aside while the allowlist runs, so their children are cleaned but they themselves survive.
 */
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import type { ContentProblem } from '../content';
import { allowedEmbed, EMBED_NAMES, embedProvider } from '../embeds';
import { allowedEmbeds } from '../routes/page-language';
import { MDX_NODE_TYPES, isJsx as isMdxJsx, type JsxAttribute, type JsxNode as MdxJsx } from './nodes';
import { restoreTokens, stripTokens, type ShortcodeScan } from './shortcodes';
import { own } from '../own';

type JsxNode = MdxJsx<ElementContent>;
const MDX_TYPES = new Set(MDX_NODE_TYPES);
const isJsx = (node: { type: string }): node is JsxNode => isMdxJsx<ElementContent>(node);
const isComponentName = (name: string | null) => !!name && /^[A-Z]/.test(name);

/** What posts may contain besides GitHub's set: figures, media, a few inline tags. */
export const SAFE_SCHEMA: Schema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption', 'video', 'audio', 'track', 'mark', 'u', 'abbr', 'small', 'cite'],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), 'width', 'height', 'loading', 'decoding'],
    video: ['src', 'poster', 'controls', 'width', 'height', 'preload', 'muted', 'loop', 'playsInline'],
    audio: ['src', 'controls', 'preload', 'loop'],
    source: [...(defaultSchema.attributes?.source ?? []), 'src', 'type', 'media'],
    track: ['src', 'kind', 'srcLang', 'label', 'default'],
    abbr: ['title'],
  },
  protocols: { ...defaultSchema.protocols, poster: ['http', 'https'] },
  // Ids (and the aria references to them) stay as written so in-page links and footnotes work;
  // names are still prefixed, as they would clobber document properties.
  clobber: ['name'],
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'applet', 'noscript', 'template', 'title', 'textarea', 'select'],
};

const ALLOWED_TAGS = new Set(SAFE_SCHEMA.tagNames);

/** Elements whose content is text: an iframe inside one becomes a bare link, elsewhere a paragraph. */
const PHRASING_PARENTS = new Set(['p', 'span', 'a', 'em', 'strong', 'b', 'i', 'u', 'small', 'mark', 'cite', 'abbr', 'code', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'td', 'th', 'figcaption', 'dt', 'summary']);

/** An absolute http:// or https:// address. */
function isWebUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value.trim()).protocol) && /^https?:\/\//i.test(value.trim());
  } catch {
    return false;
  }
}

/** Elements removed with everything inside them, and why. */
const REMOVED: Record<string, string> = {
  script: "no <script>: posts cannot run code in a visitor's browser",
  style: "no <style>: posts use the site's styles",
  iframe: 'an iframe with an https:// address of an embed the site allows',
  frame: 'no <frame>: other pages cannot be embedded',
  frameset: 'no <frameset>: other pages cannot be embedded',
  object: 'no <object>: plugins are not allowed',
  embed: 'no <embed>: plugins are not allowed',
  applet: 'no <applet>: plugins are not allowed',
  form: 'no <form>: link to the form instead',
  base: 'no <base>: it would change every link on the page',
  meta: 'no <meta>: page settings belong in the front matter',
  link: 'no <link>: posts use the site\'s styles',
  noscript: 'no <noscript>',
  template: 'no <template>',
  title: 'no <title>: the title belongs in the front matter',
};

/** Attributes whose value is a URL the browser may follow or load. */
const URL_PROPERTIES = new Set([
  'href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'background', 'longDesc', 'data',
  'xLinkHref', 'ping', 'manifest', 'codeBase', 'dynsrc', 'lowsrc', 'link', 'url',
]);

/** `javascript:`, `vbscript:` and non-image `data:` URLs, however they are spaced or cased. */
export function isUnsafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside the scheme (`java\tscript:`).
  const v = value.replace(/[\u0000-\u0020\u007F-\u009F]/g, '').toLowerCase();
  if (v.startsWith('javascript:') || v.startsWith('vbscript:')) return true;
  return v.startsWith('data:') && !/^data:image\/(?:png|jpe?g|gif|webp|avif);/.test(v);
}

export interface Embed {
  component: 'YouTube' | 'Vimeo';
  id: string;
}

/** A YouTube or Vimeo player URL, which becomes our privacy-friendly component. */
export function knownEmbed(src: string): Embed | undefined {
  let url: URL;
  try {
    url = new URL(src, 'https://invalid.invalid');
  } catch {
    return undefined;
  }
  const host = url.hostname.replace(/^www\./, '');
  const youtube = /^\/embed\/([A-Za-z0-9_-]{6,20})\/?$/.exec(url.pathname);
  if ((host === 'youtube.com' || host === 'youtube-nocookie.com') && youtube) return { component: 'YouTube', id: youtube[1]! };
  const vimeo = /^\/video\/(\d{4,12})\/?$/.exec(url.pathname);
  if (host === 'player.vimeo.com' && vimeo) return { component: 'Vimeo', id: vimeo[1]! };
  return undefined;
}

const shorten = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function describeTag(tag: string, props: Properties): string {
  const src = props.src ?? props.href;
  return typeof src === 'string' ? `<${tag} ${props.src !== undefined ? 'src' : 'href'}=${JSON.stringify(shorten(src))}>` : `<${tag}>`;
}

/** hast property name → the attribute the editor wrote, for messages. */
const attributeName = (prop: string) => (prop.startsWith('on') ? prop.toLowerCase() : prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/**
 * Lowercase JSX in `.mdx` (`<img src="./x.png"/>`, `<script>`) becomes a plain HTML element, so one
 * set of rules (and one allowlist) covers both formats. JavaScript expressions are already gone.
 */
export function rehypeJsxToHtml() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!isJsx(node) || isComponentName(node.name) || !parent || index === undefined) return;
      if (node.name === null) return; // a fragment: MDX renders its children
      const props: Record<string, string | boolean> = {};
      for (const a of node.attributes) {
        if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
        props[a.name] = typeof a.value === 'string' ? a.value : true;
      }
      const el = h(node.name, props) as Element;
      el.children = node.children;
      el.position = node.position;
      parent.children[index] = el as never;
    });
  };
}

/** What rehypeSafety's steps share: where to warn, and the site's choices. */
interface SafetyContext {
  warn(line: number | undefined, expected: string, found: string): void;
  /** Whether a URL attribute's value is a script URL (warned about): then it is removed. */
  unsafeUrl(line: number | undefined, name: string, value: unknown): boolean;
  /** The embed providers the site allows. */
  allowed: readonly string[];
  /** In a .md file, the components' names by their lowercase tag (they work only in .mdx). */
  componentByTag: ReadonlyMap<string, string>;
}

const HANDLER_EXPECTED = "no event handler attributes (on…): posts cannot run code in a visitor's browser; it was removed";

/**
 * Removes scripts, plugins, forms, event handlers and script URLs, each with a warning naming the
 * line; turns YouTube and Vimeo iframes, and those of the providers the site allows (`allowed`,
 * lib/embeds.ts), into their components, and any other iframe with a web address into a link.
 */
export function rehypeSafety(file: string, problems: ContentProblem[], mdxOnlyComponents?: ReadonlySet<string>, allowed: readonly string[] = allowedEmbeds()) {
  const warn = (line: number | undefined, expected: string, found: string) =>
    problems.push({ severity: 'warning', file, line, field: 'html', expected, found });
  const ctx: SafetyContext = {
    warn,
    unsafeUrl(line, name, value) {
      const text = Array.isArray(value) ? value.join(', ') : value;
      if (typeof text !== 'string' || !isUnsafeUrl(text)) return false;
      warn(line, 'a link to https://, http://, mailto: or a path in the site; it was removed', `${attributeName(name)}=${JSON.stringify(shorten(text))}`);
      return true;
    },
    allowed,
    componentByTag: new Map([...(mdxOnlyComponents ?? [])].map((name) => [name.toLowerCase(), name])),
  };

  return () => (tree: Root) => {
    visit(tree, (node, index, parent) => {
      const line = (node as { position?: Partial<NonNullable<Element['position']>> }).position?.start?.line;
      if (isJsx(node)) {
        node.attributes = node.attributes.filter((a) => keepJsxAttribute(a, line, ctx));
        return;
      }
      if (node.type !== 'element' || !parent || index === undefined) return;
      const tag = node.tagName.toLowerCase();
      if (tag === 'iframe') {
        const replacement = iframeReplacement(node, parent.type === 'element' ? parent.tagName : undefined, line, ctx);
        if (replacement) {
          parent.children.splice(index, 1, replacement);
          return [SKIP, index + 1];
        }
      }
      const removed = own(REMOVED, tag);
      if (removed) {
        ctx.warn(line, `${removed}; it was removed`, describeTag(tag, node.properties));
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      checkElement(node, tag, line, ctx);
      return undefined;
    });
  };
}

/** A component's attribute stays unless it is an event handler or a script URL (each warned about). */
function keepJsxAttribute(a: MdxJsx['attributes'][number], line: number | undefined, ctx: SafetyContext): boolean {
  if (a.type !== 'mdxJsxAttribute' || !a.name) return true;
  if (/^on/i.test(a.name)) {
    ctx.warn(line, HANDLER_EXPECTED, `${a.name}=${JSON.stringify(shorten(String(a.value ?? '')))}`);
    return false;
  }
  return !ctx.unsafeUrl(line, a.name, a.value);
}

/**
 * What an iframe becomes: a known video's or an allowed provider's component, or (for any other web
 * address, with a warning) a link to what it showed, in words inside a link (`parentTag`, the
 * element it is in). Undefined leaves it to the rules for tags.
 */
function iframeReplacement(node: Element, parentTag: string | undefined, line: number | undefined, ctx: SafetyContext): ElementContent | undefined {
  const src = typeof node.properties.src === 'string' ? node.properties.src : undefined;
  const title = typeof node.properties.title === 'string' && node.properties.title.trim() ? node.properties.title.trim() : undefined;
  const embed = src ? knownEmbed(src) : undefined;
  const provider = src && !embed ? allowedEmbed(src, ctx.allowed) : undefined;
  if (embed || provider) {
    const replacement = {
      type: 'mdxJsxFlowElement',
      name: embed ? embed.component : 'Embed',
      attributes: [
        embed ? { type: 'mdxJsxAttribute', name: 'id', value: embed.id } : { type: 'mdxJsxAttribute', name: 'src', value: src },
        ...(title ? [{ type: 'mdxJsxAttribute', name: 'title', value: title }] : []),
      ],
      children: [],
      position: node.position,
    };
    return replacement as unknown as ElementContent;
  }
  const link = src && isWebUrl(src) ? src.trim() : undefined;
  if (!link) return undefined;
  // The reader keeps what the frame showed, as a link to it.
  const known = embedProvider(link);
  ctx.warn(
    line,
    known
      ? `an embed the site allows; add ${known.name} to embeds: in content/site.yaml to show it (it became a link)`
      : `a YouTube or Vimeo embed, or one of the providers embeds: in content/site.yaml can allow (${EMBED_NAMES.join(', ')}); it became a link`,
    describeTag('iframe', node.properties),
  );
  const inText = parentTag !== undefined && PHRASING_PARENTS.has(parentTag);
  // Inside a link already, the address is said in words: links do not nest.
  const anchor: ElementContent = parentTag === 'a' ? { type: 'text', value: ` (${link})` } : (h('a', { href: link }, title ?? link) as Element);
  const replacement: ElementContent = inText ? anchor : (h('p', [anchor]) as Element);
  replacement.position = node.position;
  return replacement;
}

/**
 * An element that stays: a warning when its tag is not allowed (its text is kept; the allowlist
 * drops the tag), and its event handlers and script URLs removed, each with a warning.
 */
function checkElement(node: Element, tag: string, line: number | undefined, ctx: SafetyContext) {
  const component = ctx.componentByTag.get(tag);
  if (component) {
    ctx.warn(line, `<${component}> only in a .mdx file (rename the file to use components; its text was kept)`, `<${component}> in a .md file`);
  } else if (!ALLOWED_TAGS.has(tag)) {
    ctx.warn(line, `HTML tags the site allows (<${tag}> is not one; its text was kept)`, `<${tag}>`);
  }
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name)) {
      ctx.warn(line, HANDLER_EXPECTED, `${attributeName(name)}=${JSON.stringify(shorten(String(value)))}`);
      delete node.properties[name];
    } else if (URL_PROPERTIES.has(name) && ctx.unsafeUrl(line, name, value)) {
      delete node.properties[name];
    }
  }
}

/**
 * The allowlist. hast-util-sanitize drops node types it does not know, which would drop every MDX
 * component, so each component waits in a placeholder element while its children are cleaned.
 */
export function rehypeSanitize(schema: Schema = SAFE_SCHEMA) {
  return () => (tree: Root) => {
    const slotTag = `mdx-slot-${Math.random().toString(36).slice(2)}`;
    const slots: RootContent[] = [];
    visit(tree, (node, index, parent) => {
      if (!MDX_TYPES.has(node.type) || !parent || index === undefined) return;
      const children = 'children' in node ? (node.children as ElementContent[]) : [];
      parent.children[index] = { type: 'element', tagName: slotTag, properties: { dataSlot: String(slots.length) }, children } as never;
      slots.push(node as RootContent);
    });
    const clean = sanitize(tree, {
      ...schema,
      tagNames: [...(schema.tagNames ?? []), slotTag],
      attributes: { ...schema.attributes, [slotTag]: ['dataSlot'] },
    }) as Root;
    visit(clean, 'element', (node, index, parent) => {
      if (node.tagName !== slotTag || !parent || index === undefined) return;
      const original = slots[Number(node.properties.dataSlot)] as RootContent & { children?: unknown };
      if ('children' in original) original.children = node.children;
      parent.children[index] = original as never;
    });
    tree.children = clean.children;
  };
}

/** Shortcode tokens the remark stage could not place (inside raw HTML, in props, in code). */
export function rehypeLeftoverShortcodes(scan: ShortcodeScan, file: string, problems: ContentProblem[]) {
  return () => (tree: Root) => {
    if (!scan.shortcodes.length) return;
    const walk = (node: Root | RootContent, inCode: boolean) => {
      if (node.type === 'text') {
        node.value = inCode ? restoreTokens(scan, node.value) : stripTokens(scan, node.value, file, problems);
        return;
      }
      if (node.type === 'element') {
        for (const [k, v] of Object.entries(node.properties)) {
          if (typeof v === 'string') node.properties[k] = stripTokens(scan, v, file, problems);
        }
      }
      if (isJsx(node as { type: string })) {
        for (const a of (node as unknown as JsxNode).attributes) {
          if (typeof a.value === 'string') a.value = stripTokens(scan, a.value, file, problems);
        }
      }
      const code = inCode || (node.type === 'element' && (node.tagName === 'code' || node.tagName === 'pre'));
      if ('children' in node) for (const c of node.children) walk(c as RootContent, code);
    };
    walk(tree, false);
  };
}
