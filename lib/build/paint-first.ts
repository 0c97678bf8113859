/**
 * Pages paint before their scripts are fetched. Next.js writes each chunk a page needs as
 * `<script src async>` in <head> (plus a preload hint for some): the browser fetches them while it
 * parses, and an async script that arrives before the first paint runs before it, delaying it.
 * A blog page is readable without any of them (every island is an enhancement of server HTML), so
 * postbuild moves them into one small inline loader at the end of <body> that adds the same
 * scripts once the page has painted: when the browser reports its first contentful paint (a
 * PerformanceObserver, buffered, so a paint before the loader ran counts); where paint timing is
 * missing (no PerformanceObserver, or no "paint" among its entry types), in the task after the next frame; at once in a background tab, where nothing paints;
 * after 1.5 s at the latest.
 *
 * What it buys: the text paints without competing with the framework's script for the network
 * and the main thread, which on Lighthouse's simulated phone paints a post's largest content
 * markedly sooner (docs/benchmarks.md). What it costs: hydration starts a little later, after the first paint
 * instead of during the parse. The inline loader is covered by the page's CSP hash like Next's
 * own inline scripts (lib/security/csp-hashes.ts); the scripts it adds come from 'self'.
 */
import { attribute } from './html-attributes';

const CHUNK_SRC = /\/_next\/static\/chunks\/([^/"?#]+\.js)(?:[?#][^"]*)?$/;
const SCRIPT_RE = /<script\b([^>]*)><\/script>/gi;
const PRELOAD_RE = /<link\b([^>]*)\/?>/gi;
const LOADER_MARK = '/*paint-first*/';
/** Where the loader starts in a page: only postbuild writes this (text from content is escaped). */
const LOADER_START = `<script>${LOADER_MARK}`;

/** The file name of a chunk script URL (`/blog/_next/static/chunks/0ab.js` → `0ab.js`), or undefined for another URL. */
export function chunkFileName(src: string): string | undefined {
  const name = CHUNK_SRC.exec(src)?.[1];
  return name === undefined ? undefined : decodeURIComponent(name);
}

/** Whether a `<script>` tag's attributes are one of Next's chunk scripts (async, not noModule). */
function isChunkScript(attrs: string): boolean {
  const src = attribute(attrs, 'src');
  return src !== undefined && CHUNK_SRC.test(src) && attribute(attrs, 'async') !== undefined && attribute(attrs, 'nomodule') === undefined;
}

/**
 * Until React listens (it marks the document `_reactListening…` when hydration starts), a button
 * the page's JavaScript will drive does nothing when pressed: its handler is not attached yet. The
 * loader notes such presses (`<button type="button">`: links and form buttons work without
 * JavaScript) in `window.__earlyClicks`, and components/ReplayEarlyClicks.tsx presses them again
 * once the page has hydrated. Once React listens, it queues presses itself.
 */
const EARLY_CLICKS =
  `var w=window;w.__earlyClicks=[];document.addEventListener("click",function r(e){` +
  `if(!w.__earlyClicks||Object.keys(document).some(function(k){return k.indexOf("_reactListening")===0})){document.removeEventListener("click",r,true);return}` +
  `var b=e.target&&e.target.closest?e.target.closest('button[type="button"]'):null;if(b)w.__earlyClicks.push(b)},true);`;

/** The inline loader for these script URLs (the same text for the same list, so its CSP hash is stable). */
export function loaderScript(srcs: readonly string[]): string {
  const list = JSON.stringify(srcs).replace(/</g, '\\u003c');
  return (
    `${LOADER_MARK}(function(c){${EARLY_CLICKS}var d=0;function g(){if(d)return;d=1;for(var i=0;i<c.length;i++){var s=document.createElement("script");` +
    `s.src=c[i];s.async=true;document.head.appendChild(s)}}if(document.hidden)g();else{try{if(PerformanceObserver.supportedEntryTypes.indexOf("paint")<0)throw 0;new PerformanceObserver(function(l,o){` +
    `if(l.getEntriesByName("first-contentful-paint").length){o.disconnect();g()}}).observe({type:"paint",buffered:true})}catch(e){` +
    `requestAnimationFrame(function(){setTimeout(g,0)})}setTimeout(g,1500)}})(${list})`
  );
}

/** The chunk URLs a page loads at once, from Next's script tags or from our loader (after postbuild). */
export function pageChunkSrcs(html: string): string[] {
  const srcs: string[] = [];
  for (const [, attrs = ''] of html.matchAll(SCRIPT_RE)) if (isChunkScript(attrs)) srcs.push(attribute(attrs, 'src')!);
  const at = html.indexOf(LOADER_START);
  if (at >= 0) {
    const list = /\}\)\((\[[^\]]*\])\)<\/script>/.exec(html.slice(at));
    if (list) srcs.push(...(JSON.parse(list[1]!) as string[]));
  }
  return srcs;
}

/**
 * The page with its chunk scripts (and their preload hints) moved into the loader at the end of
 * <body>. A page without chunk scripts, or already moved, is returned as it is.
 */
export function paintFirst(html: string): string {
  const srcs: string[] = [];
  let out = html.replace(SCRIPT_RE, (tag, attrs: string) => {
    if (!isChunkScript(attrs)) return tag;
    srcs.push(attribute(attrs, 'src')!);
    return '';
  });
  if (!srcs.length) return html;
  out = out.replace(PRELOAD_RE, (tag, attrs: string) => {
    const href = attribute(attrs, 'href');
    return attribute(attrs, 'rel') === 'preload' && attribute(attrs, 'as') === 'script' && href !== undefined && CHUNK_SRC.test(href) ? '' : tag;
  });
  const end = out.lastIndexOf('</body>');
  if (end < 0) return html;
  return `${out.slice(0, end)}<script>${loaderScript([...new Set(srcs)])}</script>${out.slice(end)}`;
}
