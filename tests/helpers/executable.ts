/**
 * What in a piece of HTML could run script or take over the page, found the way a browser parses
 * it (happy-dom, scripts off): script elements, event handler attributes, javascript:/vbscript:/
 * data:text/html URLs, srcdoc, <base>, <form>, plugins, and frames from other hosts than the
 * two video embeds.
 */
import { Window } from 'happy-dom';

const EMBED = /^https:\/\/(?:www\.youtube-nocookie\.com|player\.vimeo\.com)\//;
const URL_ATTRIBUTES = /^(?:href|src|action|formaction|poster|data|xlink:href|srcset|background|cite|ping|manifest)$/i;

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } } });

export function executableConstructs(html: string): string[] {
  const root = window.document.createElement('div');
  root.innerHTML = html;
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    if (['script', 'base', 'form', 'object', 'embed', 'applet', 'frame', 'frameset', 'meta', 'style'].includes(tag)) found.push(`<${tag}>`);
    // React hints the browser to fetch an <img> early (<link rel="preload" as="image">); any other <link> is content's.
    if (tag === 'link' && !(el.getAttribute('rel') === 'preload' && el.getAttribute('as') === 'image')) found.push(`<link rel="${el.getAttribute('rel')}">`);
    if (tag === 'iframe' && !EMBED.test(el.getAttribute('src') ?? '')) found.push(`<iframe src="${el.getAttribute('src')}">`);
    for (const attr of el.getAttributeNames()) {
      const value = (el.getAttribute(attr) ?? '').replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
      if (/^on/i.test(attr)) found.push(`<${tag} ${attr}>`);
      else if (attr.toLowerCase() === 'srcdoc') found.push(`<${tag} srcdoc>`);
      else if (URL_ATTRIBUTES.test(attr) && /(?:^|,)(?:javascript|vbscript|data:text\/html|data:image\/svg)/.test(value)) found.push(`<${tag} ${attr}="${value.slice(0, 40)}">`);
    }
  }
  return found;
}
