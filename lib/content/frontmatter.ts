/**
 * Splits a file into front matter and body with gray-matter, parsing YAML ourselves with the
 * `yaml` package so that (1) dates stay the strings the editor typed, (2) every error and every
 * field has a line number, and (3) nothing is ever executed: the `js`/`javascript` engines throw.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';

/** How many times YAML aliases (`*name`) may be expanded: front matter needs a few, a bomb needs millions. */
export const MAX_YAML_ALIASES = 100;

export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number | undefined,
    readonly field: string,
    readonly expected: string,
    readonly found: string,
  ) {
    super(message);
  }
}

export interface ParsedSource {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** Line in the file where a dotted field path ("image.placement", "tags.1") is written. */
  lineOf(path: string): number | undefined;
  hasFrontMatter: boolean;
}

const refuseCode = (language: string) => ({
  parse(): never {
    throw new FrontMatterSyntaxError(
      `front matter in ${language}`,
      1,
      'front matter',
      'YAML front matter between --- lines (code front matter is never run)',
      `---${language}`,
    );
  },
});

export function parseSource(raw: string): ParsedSource {
  // Normalise CRLF and a UTF-8 byte order mark: editors on Windows save both.
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/^---[ \t]*\n/.test(text) && !/\n---[ \t]*(?:\n|$)/.test(text.slice(3))) {
    // gray-matter would read the whole post as front matter and report a puzzling YAML error.
    throw new FrontMatterSyntaxError('unclosed front matter', 1, 'front matter', 'a --- line closing the front matter', 'no closing --- line');
  }
  let doc: Document.Parsed | undefined;
  const counter = new LineCounter();
  const yamlEngine = {
    parse(str: string): object {
      doc = parseDocument(str, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
      const first = doc.errors[0];
      if (first) {
        throw new FrontMatterSyntaxError(
          first.message,
          counter.linePos(first.pos[0]).line,
          'front matter',
          'valid YAML',
          first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''),
        );
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
      } catch (err) {
        if (!/alias/i.test(err instanceof Error ? err.message : '')) throw err;
        let at = 0;
        visit(doc, { Alias: (_, node) => ((at = node.range?.[0] ?? 0), visit.BREAK) });
        throw new FrontMatterSyntaxError(
          'YAML aliases expand too far',
          counter.linePos(at).line,
          'front matter',
          `YAML whose aliases (*name) expand at most ${MAX_YAML_ALIASES} times`,
          'aliases that expand further (write the values out instead)',
        );
      }
      if (value === null || value === undefined) return {};
      if (typeof value !== 'object' || Array.isArray(value)) {
        throw new FrontMatterSyntaxError(
          'front matter is not a mapping',
          2,
          'front matter',
          'YAML "key: value" lines',
          Array.isArray(value) ? 'a list' : JSON.stringify(value),
        );
      }
      return value;
    },
  };
  let file: matter.GrayMatterFile<string>;
  try {
    // Passing options also turns off gray-matter's cache, which would share objects between calls.
    file = matter(text, {
      engines: {
        yaml: yamlEngine,
        js: refuseCode('js'),
        javascript: refuseCode('javascript'),
        coffee: refuseCode('coffee'),
        coffeescript: refuseCode('coffeescript'),
      },
    } as unknown as Parameters<typeof matter>[1]);
  } catch (err) {
    if (err instanceof FrontMatterSyntaxError) throw err;
    const message = err instanceof Error ? err.message : String(err);
    const engine = /engine "([^"]+)" is not registered/.exec(message);
    throw new FrontMatterSyntaxError(
      message,
      1,
      'front matter',
      'YAML front matter between --- lines',
      engine ? `---${engine[1]}` : message,
    );
  }
  const hasFrontMatter = text.startsWith('---');
  const matterLines = hasFrontMatter ? file.matter.split('\n').length + 1 : 0;
  // gray-matter strips the newline after the closing ---; the body starts on the next line.
  const bodyLine = hasFrontMatter ? matterLines + 1 : 1;

  const lineOf = (path: string): number | undefined => {
    if (!doc) return undefined;
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path.split('.')) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
        if (!pair) break;
        const keyNode = pair.key as { range?: [number, number, number] };
        if (keyNode.range) line = counter.linePos(keyNode.range[0]).line;
        node = pair.value;
      } else if (isSeq(node)) {
        const item = node.items[Number(key)] as { range?: [number, number, number] } | undefined;
        if (!item) break;
        if (item.range) line = counter.linePos(item.range[0]).line;
        node = item;
      } else break;
    }
    // gray-matter hands over the YAML with the newline after the opening ---, so YAML line
    // numbers are already file line numbers.
    return line;
  };

  return { data: file.data as Record<string, unknown>, body: file.content, bodyLine, lineOf, hasFrontMatter };
}
