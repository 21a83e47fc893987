import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { describe, expect, test } from 'vitest';
import { escapeMarkdownInline, escapeMarkdownLine } from '@/lib/export/markdown-escape';

// A real CommonMark parser with GitHub's extensions decides whether the
// escaped text reads as written: the same parser a reader's viewer uses.
const render = (markdown: string) => micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
const html = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

// Every character Markdown gives a meaning to, with letters and digits to make
// words, lists and entities of. No "@", "www." or "http": an address in the
// text stays a link to itself, which is what the reader wants.
const character = fc.constantFrom(...'\\`*_{}[]()#+-.!|<>&~=:;^"\'/ \ta1bT9oé'.split(''));
const words = fc.string({ unit: character, maxLength: 40 });

describe('Markdown escaping keeps the person’s words as written', () => {
  test('a realistic evidence paragraph comes out as written, with no needless backslashes', () => {
    const evidence = [
      'Asked to re-present the Q3 plan (Tom) to the exec team after the first draft was rejected.',
      '1. Rebuilt the roadmap around two bets; 2. cut scope by 30% - agreed by the CTO.',
      '# of incidents fell from 12 to 4; see the post-mortem_2026 doc & the *draft* notes.',
    ];
    const markdown = evidence.map((line) => `> ${escapeMarkdownLine(line)}`).join('\n');
    expect(markdown).toBe(
      [
        '> Asked to re-present the Q3 plan (Tom) to the exec team after the first draft was rejected.',
        '> 1\\. Rebuilt the roadmap around two bets; 2. cut scope by 30% - agreed by the CTO.',
        '> \\# of incidents fell from 12 to 4; see the post-mortem_2026 doc & the \\*draft\\* notes.',
      ].join('\n'),
    );
    expect(render(markdown)).toBe(`<blockquote>\n<p>${evidence.map(html).join('\n')}</p>\n</blockquote>`);
  });

  test.each([
    ['a heading', '## Results'],
    ['a quote', '> not mine'],
    ['a bullet', '- one'],
    ['a plus bullet', '+ one'],
    ['a numbered item', '3) three'],
    ['a thematic break', '---'],
    ['a setext underline', '==='],
    ['an HTML block', '<div>hello</div>'],
    ['a link', '[site](/account)'],
    ['an image', '![x](x.png)'],
    ['an autolink', '<made:up>'],
    ['a code fence', '```js'],
    ['a tilde fence', '~~~'],
    ['strikethrough', '~~gone~~'],
    ['a table row', '| a | b |'],
    ['an entity', 'AT&amp;T &#169;'],
    ['emphasis by underscores', '_very_ __much__'],
    ['a task item', '[ ] later'],
    ['a footnote', '[^1] note'],
    ['a trailing backslash', 'ends with \\'],
    ['indented code', '    code()'],
  ])('%s is shown as text', (_, line) => {
    expect(render(escapeMarkdownLine(line))).toBe(`<p>${html(line.trim())}</p>`);
  });

  test('a bare address stays a link to itself, with its text as written', () => {
    expect(render(escapeMarkdownLine('See https://example.com/a_b for details.'))).toBe(
      '<p>See <a href="https://example.com/a_b">https://example.com/a_b</a> for details.</p>',
    );
  });

  test('underscores inside a word are left alone', () => {
    expect(escapeMarkdownInline('snake_case and _this_')).toBe('snake_case and \\_this\\_');
  });

  test('any line starting a Markdown line renders as exactly its text', () => {
    fc.assert(
      fc.property(
        words.filter((text) => text.trim() !== ''),
        (text) => {
          expect(render(escapeMarkdownLine(text))).toBe(`<p>${html(text.trim())}</p>`);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  test('any text placed inside a line renders as exactly its text', () => {
    fc.assert(
      fc.property(
        words.map((text) => text.trim()).filter((text) => text !== ''),
        (text) => {
          expect(render(`Who: ${escapeMarkdownInline(text)}`)).toBe(`<p>Who: ${html(text)}</p>`);
        },
      ),
      { numRuns: 2_000 },
    );
  });

  test('lines of evidence in a quote stay one quoted paragraph of the same lines', () => {
    fc.assert(
      fc.property(fc.array(words.filter((text) => text.trim() !== ''), { minLength: 1, maxLength: 4 }), (lines) => {
        const markdown = lines.map((line) => `> ${escapeMarkdownLine(line)}`).join('\n');
        expect(render(markdown)).toBe(`<blockquote>\n<p>${lines.map((line) => html(line.trim())).join('\n')}</p>\n</blockquote>`);
      }),
      { numRuns: 1_000 },
    );
  });
});
