import { describe, expect, it } from 'vitest';
import { EDITOR_BLOCKS, editorFormat, parseAttributes, spaceBlocks } from '@/lib/editor/blocks';
import { BLOCK_COMPONENTS } from '@/lib/mdx/component-names';
import { cmsFormat, readEntry } from '@/lib/editor/roundtrip';

const block = (id: string) => EDITOR_BLOCKS.find((b) => b.id === id)!;
const read = (id: string, text: string) => {
  const match = block(id).pattern.exec(text);
  if (!match) throw new Error(`${id} does not match ${text}`);
  return block(id).fromBlock(match);
};

describe('editor blocks', () => {
  it('offers every block component an editor writes, and only those (Embed is made from an allowed iframe)', () => {
    expect(EDITOR_BLOCKS.map((b) => b.id).sort()).toEqual([...BLOCK_COMPONENTS].filter((name) => name !== 'Embed').sort());
  });

  it('reads the MDX CONTENT.md shows and writes it back the same way', () => {
    const written = [
      '<Drivers title="Drivers to come to the community">\n\n* Members are looking for knowledge\n* They want to feel seen, heard and helped\n\n</Drivers>',
      '<Blockers title="Blockers are related to">\n\n* Vulnerability\n* Time pressure\n\n</Blockers>',
      '<Activities title="Activities to start engaging the community">\n\n1. Find your key champions first\n2. Start with one specific challenge\n\n</Activities>',
      '<Callout type="tip" title="Before you start">\n\nBook the room two weeks ahead.\n\n</Callout>',
      '<Figure src="./whiteboard.png" alt="The whiteboard, full of sticky notes" caption="The whiteboard at four o\'clock" />',
      '<YouTube id="dQw4w9WgXcQ" title="Recording of the workshop" />',
      '<Vimeo id="76979871" title="The short version" />',
      '<Event />',
    ];
    for (const text of written) {
      const id = /^<(\w+)/.exec(text)![1]!;
      const data = read(id, `${text}\n\nMore prose after it.`);
      expect(block(id).toBlock(data), id).toBe(text);
    }
  });

  it('reads a section without a title, and a heading level, and leaves out empty settings when writing', () => {
    expect(read('Drivers', '<Drivers>\n\n* One\n\n</Drivers>')).toEqual({ body: '* One' });
    expect(read('Blockers', '<Blockers title="Why not" level="2">\n\n* Time\n\n</Blockers>')).toEqual({ title: 'Why not', level: '2', body: '* Time' });
    expect(block('Drivers').toBlock({ title: '', level: '', body: '* One' })).toBe('<Drivers>\n\n* One\n\n</Drivers>');
  });

  it('keeps quotes and ampersands in settings readable and safe', () => {
    const text = block('Callout').toBlock({ type: 'note', title: 'Say "hello" & wave', body: 'Hi.' });
    expect(text).toBe('<Callout type="note" title="Say &quot;hello&quot; &amp; wave">\n\nHi.\n\n</Callout>');
    expect(read('Callout', text).title).toBe('Say "hello" & wave');
  });

  it('writes an uploaded image as a file of the post’s own folder (./name), and leaves other addresses alone', () => {
    expect(block('Figure').toBlock({ src: 'whiteboard.png', alt: 'Board' })).toBe('<Figure src="./whiteboard.png" alt="Board" />');
    expect(block('Figure').toBlock({ src: '/images/board.png' })).toBe('<Figure src="/images/board.png" />');
    expect(block('Figure').toBlock({ src: 'https://example.org/b.png' })).toBe('<Figure src="https://example.org/b.png" />');
  });

  it('does not treat a component named like ours as ours', () => {
    expect(block('Event').pattern.exec('<EventList />')).toBeNull();
    expect(block('Drivers').pattern.exec('Some text <Drivers>\n\nx\n\n</Drivers>')).toBeNull();
  });

  it('reads attributes in single or double quotes, never onto the prototype', () => {
    expect(parseAttributes(` id='abc' title="A"`)).toEqual({ id: 'abc', title: 'A' });
    const odd = parseAttributes(' __proto__="x" constructor="y"');
    expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
    expect(Object.keys(odd)).toEqual(['__proto__', 'constructor']);
  });
});

describe('spaceBlocks', () => {
  it('puts the empty lines MDX needs around our tags, as the editor writes them one line apart', () => {
    const fromEditor = 'We met.\n<Drivers title="Why">\nA friend asked\n</Drivers>\n<Event />\n<Figure src="./a.png" alt="A" />\nThe end.';
    expect(spaceBlocks(fromEditor)).toBe('We met.\n\n<Drivers title="Why">\n\nA friend asked\n\n</Drivers>\n\n<Event />\n\n<Figure src="./a.png" alt="A" />\n\nThe end.');
  });

  it('leaves a body already spaced, code fences and other HTML as they are', () => {
    const spaced = 'Text.\n\n<Callout type="tip">\n\nHi.\n\n</Callout>\n\nMore.';
    expect(spaceBlocks(spaced)).toBe(spaced);
    const code = 'Before\n\n```mdx\n<Drivers>\n* x\n</Drivers>\n```\n<div>\nraw\n</div>';
    expect(spaceBlocks(code)).toBe(code);
  });
});

describe('editorFormat', () => {
  const format = editorFormat(cmsFormat(), (raw) => readEntry(raw).body);
  it('writes an unchanged entry back byte for byte, even with blocks written tightly by hand', () => {
    const raw = '---\r\ntitle: Tight\r\ndate: 2024-01-02 # a comment\r\n---\r\nIntro\r\n<Callout>Inline</Callout>\r\n';
    expect(format.toFile(format.fromFile(raw))).toBe(raw);
  });

  it('spaces the blocks of a body the editor changed', () => {
    const raw = '---\ntitle: Tight\ndate: 2024-01-02\n---\n\nIntro\n';
    const data = format.fromFile(raw);
    const out = format.toFile({ ...data, body: 'Intro\n<Event />\nOutro' });
    expect(readEntry(out).body).toBe('Intro\n\n<Event />\n\nOutro');
    expect(out.startsWith('---\ntitle: Tight\ndate: 2024-01-02\n---\n')).toBe(true);
  });
});
