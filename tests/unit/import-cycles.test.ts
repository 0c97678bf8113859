/**
 * lib/ has no import cycle (type-only imports aside, which vanish at runtime): a cycle means a
 * module can see another half-initialised, and means the layers are tangled. The last one
 * (content schema → events → content schema) was cut by moving time-zone maths to lib/timezone.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
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

  it('has no module-level setter but the one seam between the browser-safe URL builders and the server-only page language', () => {
    // lib/routes/urls.ts runs in islands too, where the page language (AsyncLocalStorage, the content's
    // settings) cannot go: lib/routes/page-language hands it its prefix rule when the server loads it.
    expect(sources(ROOT).flatMap(moduleSetters)).toEqual(['routes/urls.ts setLanguagePrefixSource']);
  });

  it('never imports the editor components (components/mdx): whoever renders a body hands them to the compiler', () => {
    const ui = path.resolve('components', 'mdx');
    const offenders = sources(ROOT).filter((f) =>
      [...fs.readFileSync(f, 'utf8').matchAll(/from\s+'([^']+)'/g)].some((m) => m[1]!.startsWith('@/components/mdx') || path.resolve(path.dirname(f), m[1]!).startsWith(ui)),
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
