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

describe('lib/', () => {
  it('has no import cycle', () => {
    const graph = new Map(sources(ROOT).map((f) => [f, runtimeImports(f)]));
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
    expect(graph.size).toBeGreaterThan(30);
    expect(cycles).toEqual([]);
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
