import { ITEM_SHORT_NAMES } from '@/lib/content/item-short-names';

/** How many characters a line of a chart label holds: the radar's room beside a spoke at 390 px. */
export const LABEL_LINE_LENGTH = 12;
const MAX_LINES = 2;

/**
 * The name a chart shows for an item: its written short name, or its title
 * when none is written (an item added in a later framework version), cut at a
 * word so that it still fits two lines.
 */
export function shortItemName(item: { key: string; title: string }): string {
  const written = ITEM_SHORT_NAMES[item.key];
  if (written) return written;
  const lines = labelLines(item.title);
  const shown = lines.join(' ');
  return shown.length < item.title.trim().length ? `${shown}…` : shown;
}

/**
 * A label broken at spaces into lines of at most `LABEL_LINE_LENGTH`
 * characters, two at most; a single word longer than a line keeps a line of
 * its own rather than being split.
 */
export function labelLines(text: string, lineLength = LABEL_LINE_LENGTH): string[] {
  const lines: string[] = [];
  for (const word of text.trim().split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= lineLength) lines[lines.length - 1] = `${last} ${word}`;
    else if (lines.length < MAX_LINES) lines.push(word);
    else break;
  }
  return lines;
}
