/**
 * What a diagram may put on the page. Mermaid sanitises its labels itself, and two of its
 * published advisories were labels that slipped past that; so whatever it returns goes through
 * DOMPurify (the sanitiser Mermaid itself ships) once more, as SVG with HTML labels, before it is
 * attached: no script, handler, `<meta>` (a refresh navigates away and no CSP stops it), `<base>`,
 * form, frame or plugin survives, and a link stays only when it leads to a page of this site.
 */
import DOMPurify from 'dompurify';

/** Never in a diagram, whatever a future Mermaid or DOMPurify allows. */
const FORBIDDEN_TAGS = ['script', 'meta', 'base', 'link', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'frameset', 'object', 'embed', 'portal', 'template'];
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'data', 'poster', 'srcset'];

/** Controls and spaces a browser drops from a URL before reading its scheme. */
const schemeOf = (url: string) => /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f]/g, ''))?.[1]?.toLowerCase();

/** Whether following `url` from `page` stays on the page's origin (a site path, not a `//host` one). */
export function staysOnSite(url: string, page: string): boolean {
  const scheme = schemeOf(url);
  if (scheme && scheme !== 'http' && scheme !== 'https') return false;
  try {
    return new URL(url, page).origin === new URL(page).origin;
  } catch {
    return false;
  }
}

/**
 * The diagram Mermaid drew, as nodes to attach to `page`'s document: sanitised, and with every
 * link that would leave the site, or any URL that is code or inline data, removed.
 */
export function cleanDiagramSvg(svg: string, page: string): DocumentFragment {
  const fragment = DOMPurify.sanitize(svg, {
    USE_PROFILES: { svg: true, svgFilters: true, html: true },
    // Mermaid writes HTML labels inside foreignObject; DOMPurify still checks what is inside.
    ADD_TAGS: ['foreignObject'],
    HTML_INTEGRATION_POINTS: { foreignobject: true, 'annotation-xml': true },
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: ['target', 'formaction', 'srcdoc', 'ping'],
    RETURN_DOM_FRAGMENT: true,
  });
  for (const el of fragment.querySelectorAll('*')) {
    for (const attr of URL_ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      const scheme = schemeOf(value);
      const link = el.localName === 'a' && (attr === 'href' || attr === 'xlink:href');
      if (scheme === 'data' || scheme === 'javascript' || scheme === 'vbscript' || (link && !staysOnSite(value, page))) el.removeAttribute(attr);
    }
  }
  return fragment;
}
