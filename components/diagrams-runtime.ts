/**
 * The diagram drawing behind components/Diagrams.tsx, in its own chunk that only pages with a
 * diagram download. It loads Mermaid's browser build (a same-origin script file, allowed by the
 * page's CSP) once a diagram comes near the viewport, draws each diagram in the site's light or
 * dark colours and draws again when the theme changes. A diagram Mermaid cannot read keeps its
 * source and says so.
 */
import { cleanDiagramSvg } from './diagram-svg';
import { shownTheme, watchShownTheme } from './shown-theme';

interface Mermaid {
  initialize(config: Record<string, unknown>): void;
  /** `bindFunctions` (click callbacks, loose mode only) is never called. */
  render(id: string, text: string): Promise<{ svg: string }>;
}

/**
 * Settings a diagram's own `%%{init}%%` or front matter `config:` may not change: Mermaid drops
 * the keys named in `secure` from both. `strict` keeps labels sanitised and click callbacks off;
 * `dompurifyConfig` would loosen that sanitiser, `themeCSS` restyle the page.
 */
const FIXED = {
  startOnLoad: false,
  securityLevel: 'strict',
  secure: ['secure', 'securityLevel', 'startOnLoad', 'maxTextSize', 'maxEdges', 'suppressErrorRendering', 'dompurifyConfig', 'themeCSS'],
} as const;

/**
 * Mermaid runs in a hidden frame of its own (same origin, the page's policy, no way to navigate
 * the page): while it draws, it puts each label into its document to measure it, and a label
 * that slipped past its sanitiser (a `<base>`, a `<meta http-equiv="refresh">`) would act there,
 * not on the page. Only the finished drawing comes out, through cleanDiagramSvg.
 */
function loadMermaid(src: string): Promise<{ mermaid: Mermaid; done(): void }> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.dataset.diagramScratch = '';
    frame.style.cssText = 'position:absolute;left:-10000px;top:0;width:1200px;height:1000px;border:0;visibility:hidden';
    document.body.append(frame);
    const win = frame.contentWindow as (Window & { mermaid?: Mermaid }) | null;
    const doc = frame.contentDocument;
    if (!win || !doc) {
      frame.remove();
      reject(new Error('Mermaid did not load'));
      return;
    }
    const script = doc.createElement('script');
    script.src = new URL(src, location.href).href;
    script.onload = () => (win.mermaid ? resolve({ mermaid: win.mermaid, done: () => frame.remove() }) : reject(new Error('Mermaid did not load')));
    script.onerror = () => {
      frame.remove();
      reject(new Error('Mermaid did not load'));
    };
    doc.head.append(script);
  });
}

let counter = 0;

async function drawAll(src: string, figures: readonly HTMLElement[], failed: (error: string) => string) {
  let frame: Awaited<ReturnType<typeof loadMermaid>>;
  try {
    frame = await loadMermaid(src);
  } catch {
    return;
  }
  const { mermaid } = frame;
  try {
    await drawEach(mermaid, figures, failed);
  } finally {
    frame.done();
  }
}

async function drawEach(mermaid: Mermaid, figures: readonly HTMLElement[], failed: (error: string) => string) {
  mermaid.initialize({ ...FIXED, secure: [...FIXED.secure], theme: shownTheme() === 'dark' ? 'dark' : 'default' });
  for (const figure of figures) {
    const source = figure.querySelector('.diagram-source');
    if (!source) continue;
    try {
      const { svg } = await mermaid.render(`diagram-${++counter}`, source.textContent ?? '');
      figure.querySelector('.diagram-svg, .diagram-error')?.remove();
      const box = document.createElement('div');
      box.className = 'diagram-svg';
      // Sanitised again whatever Mermaid did (diagram-svg.ts); the source stays in the figure for
      // screen readers, so the drawing is hidden from them.
      box.append(cleanDiagramSvg(svg, location.href));
      box.setAttribute('aria-hidden', 'true');
      figure.prepend(box);
      figure.dataset.rendered = 'true';
    } catch (err) {
      figure.querySelector('.diagram-svg, .diagram-error')?.remove();
      const error = document.createElement('p');
      error.className = 'diagram-error';
      error.setAttribute('role', 'status');
      error.textContent = failed((err instanceof Error ? err.message : String(err)).split('\n')[0]!);
      figure.prepend(error);
      figure.dataset.rendered = 'error';
    }
  }
}

/** Starts watching the page's diagrams; returns the function that stops it. `failed` says why one could not be drawn. */
export function startDiagrams(src: string, failed: (error: string) => string): () => void {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-diagram="mermaid"]')];
  if (!figures.length) return () => undefined;
  let seen = false;
  const redraw = () => {
    if (seen) void drawAll(src, figures, failed);
  };
  const near = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      near.disconnect();
      seen = true;
      redraw();
    },
    { rootMargin: '800px 0px' },
  );
  for (const f of figures) near.observe(f);
  const unwatch = watchShownTheme(redraw);
  return () => {
    near.disconnect();
    unwatch();
  };
}
