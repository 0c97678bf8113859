/**
 * The browser side of /admin, bundled by lib/editor/bundle.ts into one script: it loads Decap CMS
 * from our own origin, teaches it our file format (byte-preserving, lib/editor/roundtrip.ts), our
 * editor components as blocks, the check `npm run check` makes (shown beside each field, and
 * refusing the save), and a preview rendered by the blog's own components on the server.
 *
 * Decap's React is used through the `h`/`createClass` globals it exposes, so the page holds one
 * React, the CMS's own.
 */
import { EDITOR_BLOCKS, editorFormat } from '../blocks';
import { cmsFormat, cmsSettingsFormat, readEntry } from '../roundtrip';
import { checkRequest, fieldProblems, type CheckResponse } from './check-state';

type Immutable = { get(key: string): unknown; getIn(path: string[]): unknown; toJS(): unknown };
type Element = unknown;
interface DecapCms {
  init(options: { config: Record<string, unknown> }): void;
  registerCustomFormat(name: string, extension: string, format: ReturnType<typeof cmsFormat>): void;
  registerEditorComponent(component: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown): void;
  getWidget(name: string): { control: unknown; preview?: unknown } | undefined;
  registerPreviewTemplate(collection: string, template: unknown): void;
  registerEventListener(listener: { name: string; handler: (args: { entry: Immutable }) => unknown }): void;
}
declare global {
  interface Window {
    CMS_MANUAL_INIT?: boolean;
    CMS?: DecapCms;
    h?: (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;
    createClass?: (spec: Record<string, unknown>) => unknown;
  }
}

/** The folder /admin is served from, so every request stays on our own origin and path. */
const here = new URL('.', document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : location.href);
const endpoint = (name: string) => new URL(name, here).toString();

window.CMS_MANUAL_INIT = true;

const format = editorFormat(cmsFormat(), (raw) => readEntry(raw).body);

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** The last check of the entry being edited, and the widgets waiting to show its problems. */
let latest: CheckResponse | undefined;
let latestKey = '';
const listeners = new Set<() => void>();
let pending: ReturnType<typeof setTimeout> | undefined;

async function runCheck(entry: Immutable): Promise<CheckResponse> {
  const request = { ...checkRequest(entry.toJS() as Parameters<typeof checkRequest>[0], format), pending: pendingNames(entry) };
  const key = JSON.stringify(request);
  if (latest && key === latestKey) return latest;
  const res = await fetch(endpoint('api/check'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: key });
  const result = (await res.json()) as CheckResponse;
  latest = result;
  latestKey = key;
  for (const listener of listeners) listener();
  return result;
}

function scheduleCheck(entry: Immutable) {
  clearTimeout(pending);
  pending = setTimeout(() => void runCheck(entry).catch(() => undefined), 250);
}

/**
 * Wraps a widget so that the check's problems for its field are shown under it in the check's own
 * words, and so that Decap refuses to save while one of them is an error.
 */
function checked(base: string, inner: unknown) {
  const h = window.h!;
  return window.createClass!({
    componentDidMount(this: { update: () => void; forceUpdate: () => void }) {
      this.update = () => this.forceUpdate();
      listeners.add(this.update);
    },
    componentWillUnmount(this: { update: () => void }) {
      listeners.delete(this.update);
    },
    path(this: { props: { field: Immutable } }): string {
      return String(this.props.field.get('check_path') ?? this.props.field.get('name'));
    },
    isValid(this: { path: () => string }) {
      const errors = fieldProblems(latest, this.path()).filter((p) => p.severity === 'error');
      return errors.length ? { error: { type: 'CUSTOM', message: errors.map((p) => p.message).join(' ') } } : true;
    },
    render(this: { props: Record<string, unknown> & { entry: Immutable; onChange: (v: unknown) => void; value: unknown; forID: string }; path: () => string }) {
      const props = this.props;
      const onChange = (value: unknown) => {
        props.onChange(value);
        // The entry in props is the one before this change; check once Decap has stored it.
        setTimeout(() => scheduleCheck((window as unknown as { __editorEntry?: Immutable }).__editorEntry ?? props.entry), 0);
      };
      const problems = fieldProblems(latest, this.path());
      const control =
        base === 'datetime'
          ? // A text field: an editor types a date the way the check reads it, and a wrong one stays visible to be corrected.
            h('input', {
              id: props.forID,
              type: 'text',
              className: String(props.classNameWrapper ?? ''),
              value: typeof props.value === 'string' ? props.value : props.value == null ? '' : String(props.value),
              placeholder: '2026-05-31 or 2026-05-31T14:00',
              onChange: (e: { target: { value: string } }) => onChange(e.target.value),
            })
          : h(inner, { ...props, onChange });
      return h(
        'div',
        { 'data-check-field': this.path() },
        control,
        problems.length
          ? h(
              'ul',
              { className: 'check-problems', role: 'alert', style: { color: '#b3261e', margin: '0.5rem 0 0', paddingLeft: '1.25rem' } },
              ...problems.map((p) => h('li', { 'data-severity': p.severity }, p.message)),
            )
          : null,
      );
    },
  });
}

/** Every field of every collection gets the checked form of its widget, its dotted path beside it. */
function withChecks(fields: Record<string, unknown>[], prefix = ''): Record<string, unknown>[] {
  return fields.map((field) => {
    const path = `${prefix}${String(field.name)}`;
    const out: Record<string, unknown> = { ...field, check_path: path };
    if (Array.isArray(field.fields)) out.fields = withChecks(field.fields as Record<string, unknown>[], `${path}.`);
    if (typeof field.widget === 'string' && field.widget !== 'hidden' && field.widget !== 'object') out.widget = `checked-${field.widget}`;
    return out;
  });
}

/** Pictures uploaded into the entry and not saved yet: Decap writes them with the entry. */
function pendingNames(entry: Immutable): string[] {
  return ((entry.get('mediaFiles') as { toJS(): { name?: string }[] } | undefined)?.toJS() ?? []).flatMap((m) => (m.name ? [m.name] : []));
}

function dataUrl(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The preview pane: the page as the blog renders it, light and dark, from the server's preview endpoint. */
function previewTemplate() {
  const h = window.h!;
  return window.createClass!({
    getInitialState: () => ({ html: '', key: '' }),
    componentDidMount(this: { refresh: () => void }) {
      this.refresh();
    },
    componentDidUpdate(this: { refresh: () => void }) {
      this.refresh();
    },
    refresh(this: { props: { entry: Immutable }; state: { key: string }; setState: (s: object) => void; timer?: ReturnType<typeof setTimeout> }) {
      (window as unknown as { __editorEntry?: Immutable }).__editorEntry = this.props.entry;
      const request = checkRequest(this.props.entry.toJS() as Parameters<typeof checkRequest>[0], format);
      const names = ((this.props.entry.get('mediaFiles') as { toJS(): { name?: string }[] } | undefined)?.toJS() ?? []).map((m) => m.name);
      const key = JSON.stringify([request, names]);
      if (key === this.state.key) return;
      clearTimeout(this.timer);
      // Pictures uploaded but not saved yet exist only in the browser: they go with the request.
      const media = ((this.props.entry.get('mediaFiles') as { toJS(): { name?: string; file?: Blob }[] } | undefined)?.toJS() ?? []).filter((m) => m.name && m.file);
      this.timer = setTimeout(async () => {
        const assets = await Promise.all(media.map(async (m) => ({ name: m.name!, data: await dataUrl(m.file!) })));
        const res = await fetch(endpoint('api/preview'), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...request, assets }) });
        this.setState({ html: await res.text(), key });
      }, 300);
    },
    render(this: { state: { html: string } }) {
      const frame = (theme: 'light' | 'dark') =>
        h('iframe', {
          title: `Preview (${theme})`,
          'data-preview': theme,
          srcDoc: this.state.html.replace('<html', `<html data-theme="${theme}"`),
          style: { width: '100%', height: '80vh', border: '1px solid #ccc', marginBottom: '1rem', display: 'block' },
        });
      return h('div', null, h('h2', null, 'Light'), frame('light'), h('h2', null, 'Dark'), frame('dark'));
    },
  });
}

async function start() {
  await loadScript(endpoint('decap-cms.js'));
  const CMS = window.CMS!;
  const config = (await (await fetch(endpoint('config.json'))).json()) as { collections: ({ name: string } & Record<string, unknown>)[] };
  // The format names come with the configuration (lib/editor/config.ts): entries are read and
  // written by the byte-preserving format, the settings file by its settings form.
  for (const c of config.collections) {
    if (typeof c.format === 'string') CMS.registerCustomFormat(c.format, String(c.extension ?? 'md'), format);
    if (Array.isArray(c.files)) for (const f of c.files as { format?: string }[]) if (f.format) CMS.registerCustomFormat(f.format, 'yaml', cmsSettingsFormat());
  }
  for (const block of EDITOR_BLOCKS) CMS.registerEditorComponent(block);
  const widgets = new Set<string>();
  const collect = (fields: Record<string, unknown>[]) => {
    for (const f of fields) {
      if (typeof f.widget === 'string') widgets.add(f.widget);
      if (Array.isArray(f.fields)) collect(f.fields as Record<string, unknown>[]);
    }
  };
  for (const c of config.collections) {
    if (Array.isArray(c.fields)) collect(c.fields as Record<string, unknown>[]);
    if (Array.isArray(c.files)) for (const file of c.files as { fields: Record<string, unknown>[] }[]) collect(file.fields);
  }
  for (const name of widgets) {
    const widget = CMS.getWidget(name);
    if (widget) CMS.registerWidget(`checked-${name}`, checked(name, widget.control), widget.preview);
  }
  const collections = config.collections.map((c) => ({
    // Decap finds the title by its widget's name, which the checked form changes.
    ...(c.folder ? { identifier_field: 'title' } : {}),
    ...c,
    ...(Array.isArray(c.fields) ? { fields: withChecks(c.fields as Record<string, unknown>[]) } : {}),
    ...(Array.isArray(c.files) ? { files: (c.files as { fields: Record<string, unknown>[] }[]).map((f) => ({ ...f, fields: withChecks(f.fields) })) } : {}),
  }));
  for (const c of config.collections) CMS.registerPreviewTemplate(c.name, previewTemplate());
  // The last word before a file is written: the server checks the text about to be saved.
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const result = await runCheck(entry);
      if (result.blocked) throw new Error(result.problems.filter((p) => p.severity === 'error').map((p) => p.message).join('\n'));
    },
  });
  CMS.init({ config: { ...config, collections, load_config_file: false } });
}

void start();
