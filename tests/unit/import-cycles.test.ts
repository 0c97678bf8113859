/**
 * lib/ has no import cycle (type-only imports aside, which vanish at runtime): a cycle means a
 * module can see another half-initialised, and means the layers are tangled. The last one
 * (content schema → events → content schema) was cut by moving time-zone maths to lib/timezone.ts.
 */
import fs from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve('lib');
const DOOR = path.join(ROOT, 'content', 'index.ts');
const QUERIES = path.join(ROOT, 'queries');
const inside = (dir: string) => (file: string) => file.startsWith(dir + path.sep);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function resolveImport(from: string, spec: string): string | undefined {
  if (spec.startsWith('@/') && !spec.startsWith('@/lib/')) return undefined;
  const base = spec.startsWith('@/') ? path.resolve(spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : undefined;
  if (!base) return undefined;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f) && f.startsWith(ROOT));
}

/** Runtime imports of a file: `import type …` and `export type … from` do not count. */
function runtimeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/gms)].map((m) => m[1]!);
  return specs.flatMap((s) => resolveImport(file, s) ?? []);
}

/** Every import of a file, types included (a type-only circle still tangles two modules' meaning). */
function allImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\s+[^;]*?\bfrom\s+'([^']+)'/gms)].flatMap((m) => resolveImport(file, m[1]!) ?? []);
}

/** Every circle in a graph, as `a → b → a`. */
function cyclesOf(graph: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const walk = (file: string, trail: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      cycles.push([...trail.slice(trail.indexOf(file)), file].map((f) => path.relative(ROOT, f)).join(' → '));
      return;
    }
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) walk(next, [...trail, file]);
    state.set(file, 'done');
  };
  for (const file of graph.keys()) walk(file, []);
  return cycles;
}

/**
 * Exported functions that assign a module-level `let` (`setX(v) { x = v }`): wiring by side
 * effect, where behaviour depends on who called the setter first. Lazily filled caches are fine:
 * nothing outside the module hands them a value.
 */
function moduleSetters(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const state = [...text.matchAll(/^let\s+(\w+)/gm)].map((m) => m[1]!);
  // A function that takes what it stores; a cache filled from nothing (getContent) is not wiring.
  const exported = [...text.matchAll(/^export (?:async )?function (\w+)(?:<[^>]*>)?\(([^)]+)\)[^]*?\n\}/gm)];
  return exported.filter((m) => state.some((name) => new RegExp(`\\b${name}\\s*=[^=]`).test(m[0].slice(m[0].indexOf('{'))))).map((m) => `${path.relative(ROOT, file)} ${m[1]}`);
}

describe('lib/', () => {
  it('has no import cycle', () => {
    const graph = new Map(sources(ROOT).map((f) => [f, runtimeImports(f)]));
    expect(graph.size).toBeGreaterThan(30);
    expect(cyclesOf(graph)).toEqual([]);
  });
});

describe('lib/ wiring', () => {
  it('has no import circle, type-only imports included', () => {
    const graph = new Map(sources(ROOT).map((f) => [f, allImports(f)]));
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('finds a circle and a setter when there is one', () => {
    expect(cyclesOf(new Map([['/a', ['/b']], ['/b', ['/a']]]))).toHaveLength(1);
    const dir = fs.mkdtempSync(path.join(ROOT, '..', '.next-test-setter-'));
    try {
      const file = path.join(dir, 'x.ts');
      fs.writeFileSync(file, 'let source = 1;\nexport function setSource(v: number): void {\n  source = v;\n}\nexport const read = () => source;\n');
      expect(moduleSetters(file)).toHaveLength(1);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has no module-level setter: no behaviour depends on which module was imported first', () => {
    // lib/routes/urls.ts imports its prefix rule from lib/routes/page-language; it is server only
    // (the browser side below keeps it out of every island).
    expect(sources(ROOT).flatMap(moduleSetters)).toEqual([]);
  });

  it('never imports a component (the editor components included): whoever renders hands them in', () => {
    const ui = path.resolve('components') + path.sep;
    const offenders = sources(ROOT).filter((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(/from\s+'([^']+)'/g)].some((m) => m[1]!.startsWith('@/components/') || path.resolve(path.dirname(f), m[1]!).startsWith(ui)),
    );
    expect(offenders.map((f) => path.relative(ROOT, f))).toEqual([]);
  });

  it('names exactly the editor components components/mdx gives', async () => {
    const { EDITOR_COMPONENTS } = await import('@/lib/mdx/component-names');
    const { mdxComponents } = await import('@/components/mdx');
    // The same names, in any order (the compiler asks only whether a tag is one of them).
    expect(Object.keys(mdxComponents(undefined)).filter((n) => /^[A-Z]/.test(n)).sort()).toEqual([...EDITOR_COMPONENTS].sort());
  });
});

describe('the two kinds of lib/ and the components', () => {
  it('reads the content index only in lib/content and lib/queries: every other lib/ module is pure', () => {
    const readers = sources(ROOT)
      .filter((f) => !inside(path.join(ROOT, 'content'))(f) && !inside(QUERIES)(f))
      .filter((f) => runtimeImports(f).some((i) => i === DOOR || inside(QUERIES)(i)))
      .map((f) => path.relative(ROOT, f));
    expect(sources(QUERIES).length).toBeGreaterThan(2);
    expect(readers).toEqual([]);
  });

  it('has no component that imports a value from lib/content or lib/queries (types only: components take plain data)', () => {
    const files = sources(path.resolve('components'));
    const offenders = files.flatMap((f) =>
      runtimeImports(f)
        .filter((i) => inside(path.join(ROOT, 'content'))(i) || inside(QUERIES)(i))
        .map((i) => `${path.relative('.', f)} → ${path.relative('.', i)}`),
    );
    expect(files.length).toBeGreaterThan(30);
    expect(offenders).toEqual([]);
  });
});

describe('components/ file names', () => {
  it('follow one rule: PascalCase.tsx for a component, useCamelCase.ts for a hook, kebab-case for any other module, index.tsx for a folder\'s door', () => {
    const files = fs.readdirSync('components', { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    const named = (file: string): boolean => {
      const base = path.basename(file);
      if (base === 'index.tsx' || base === 'index.ts') return true;
      if (/^[A-Z][A-Za-z0-9]*\.tsx$/.test(base)) return true;
      if (/^use[A-Z][A-Za-z0-9]*\.ts$/.test(base)) return true;
      return /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\.tsx?$/.test(base) && !/\bexport (?:default )?function [A-Z]/.test(fs.readFileSync(path.join('components', file), 'utf8'));
    };
    expect(files.length).toBeGreaterThan(30);
    expect(files.filter((f) => !named(f))).toEqual([]);
  });
});

/**
 * What a 'use client' module imports is bundled for the browser, where neither the page language
 * (AsyncLocalStorage, the content's settings) nor the URL builders that follow it can run. The
 * graph is esbuild's, as a bundler sees it: type-only imports are dropped, dynamic imports and
 * the `@/` paths followed; packages are not entered (only Node's own modules are named).
 */
const SERVER_ONLY = ['lib/routes/page-language.ts', 'lib/routes/urls.ts'];

const isClientModule = (file: string): boolean => /^(?:\s*(?:\/\/[^\n]*|\/\*[^]*?\*\/))*\s*['"]use client['"]/.test(fs.readFileSync(file, 'utf8'));

/** For each entry that reaches a server-only module or a Node module, the shortest chain of imports to it. */
async function browserReach(entries: readonly string[]): Promise<string[]> {
  const { metafile } = await build({
    entryPoints: [...entries],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    outdir: 'out-browser-reach',
    packages: 'external',
    external: ['*.css'],
    jsx: 'automatic',
    logLevel: 'silent',
  });
  const next = (file: string): string[] =>
    (metafile.inputs[file]?.imports ?? []).flatMap((i) => (!i.external ? [i.path] : isBuiltin(i.path) ? [i.path] : []));
  const forbidden = (file: string) => SERVER_ONLY.includes(file) || isBuiltin(file);
  return entries.flatMap((entry) => {
    const start = path.relative('.', entry).split(path.sep).join('/');
    const trail = new Map<string, string[]>([[start, [start]]]);
    for (const [file, chain] of trail) {
      if (forbidden(file)) return [chain.join(' → ')];
      for (const to of next(file)) if (!trail.has(to)) trail.set(to, [...chain, to]);
    }
    return [];
  });
}

describe('the browser side', () => {
  it("has 'use client' modules, and none reaches lib/routes/urls, lib/routes/page-language or a Node module", async () => {
    const clients = ['components', 'app', 'lib'].flatMap((dir) => sources(path.resolve(dir))).filter(isClientModule);
    expect(clients.length).toBeGreaterThan(10);
    expect(await browserReach(clients)).toEqual([]);
  });

  it('names the chain when an island reaches a server-only module through plain data code', async () => {
    const dir = fs.mkdtempSync(path.resolve('.next-test-browser-reach-'));
    try {
      fs.writeFileSync(path.join(dir, 'island.tsx'), "'use client';\nimport { label } from './data';\nexport const Island = () => <p>{label}</p>;\n");
      fs.writeFileSync(path.join(dir, 'data.ts'), "import type { EventInfo } from '@/lib/events';\nimport { postPath } from '@/lib/routes/urls';\nexport const label = postPath('x');\nexport type E = EventInfo;\n");
      fs.writeFileSync(path.join(dir, 'typed.tsx'), "'use client';\nimport type { postPath } from '@/lib/routes/urls';\nexport const Typed = (p: { f: typeof postPath }) => <p>{String(p.f)}</p>;\n");
      const rel = path.relative('.', dir);
      expect(isClientModule(path.join(dir, 'island.tsx'))).toBe(true);
      expect(await browserReach([path.join(dir, 'island.tsx'), path.join(dir, 'typed.tsx')])).toEqual([
        `${rel}/island.tsx → ${rel}/data.ts → lib/routes/urls.ts`,
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
