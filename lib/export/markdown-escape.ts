// The person's own words go into Markdown as written: only the characters that
// would turn them into formatting, links or HTML (CommonMark with GitHub's
// extensions) are escaped, so "re-present", "(Tom)" and a final full stop read
// as typed in any viewer. A bare address stays what it is, an address.

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const ALPHANUMERIC = /[\p{L}\p{N}]/u;

function escapeCharacter(text: string, index: number): string {
  const character = text.charAt(index);
  const next = text.charAt(index + 1);
  switch (character) {
    // A backslash escapes the punctuation after it, and ends a line as a break.
    case '\\':
      return next === '' || ASCII_PUNCTUATION.test(next) ? '\\\\' : character;
    // Code spans, emphasis, strikethrough, links, HTML and table cells.
    case '`':
    case '*':
    case '~':
    case '[':
    case ']':
    case '<':
    case '|':
      return `\\${character}`;
    // Underscores inside a word (snake_case) never emphasise.
    case '_':
      return ALPHANUMERIC.test(text.charAt(index - 1)) && ALPHANUMERIC.test(next) ? character : '\\_';
    // Only an ampersand that starts an entity (&amp; &#38;) is read as one.
    case '&':
      return /^&(#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]*);/.test(text.slice(index)) ? '\\&' : character;
    default:
      return character;
  }
}

/** Text placed inside a line, after other Markdown: nothing it holds formats it. */
export function escapeMarkdownInline(text: string): string {
  let escaped = '';
  for (let index = 0; index < text.length; index++) escaped += escapeCharacter(text, index);
  return escaped;
}

// What only the start of a line makes into a block: a heading, a quote, a list
// item, a thematic break, a setext underline or a table's delimiter row.
const BLOCK_START = /^(#{1,6}(?=[ \t]|$)|>|[-+](?=[ \t]|$)|[-=_](?=[-=_ \t]*$)|:?-+:?[ \t]*$)/;
const ORDERED_LIST_START = /^(\d{1,9})([.)])(?=[ \t]|$)/;

/**
 * One line of the person's text that starts a Markdown line. Whitespace at
 * either end is dropped: Markdown shows none of it, and leading spaces would
 * make code, trailing ones a line break.
 */
export function escapeMarkdownLine(line: string): string {
  const escaped = escapeMarkdownInline(line.trim());
  if (BLOCK_START.test(escaped)) return `\\${escaped}`;
  return escaped.replace(ORDERED_LIST_START, '$1\\$2');
}
