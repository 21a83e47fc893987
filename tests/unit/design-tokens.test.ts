// The colour roles in app/globals.css, checked against WCAG 2.2 AA in both
// colour schemes, and the rule that components use roles, never palette shades.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { listSourceFiles } from '../support/source-files';

const root = path.join(import.meta.dirname, '../..');
const css = readFileSync(path.join(root, 'app/globals.css'), 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--color-([a-z-]+):\s*(#[0-9a-f]{6})/gi)].map((match) => [match[1]!, match[2]!.toLowerCase()]));
}

const themeBlock = /@theme\s*{([\s\S]*?)\n}/.exec(css)?.[1] ?? '';
const darkBlock = /@media \(prefers-color-scheme: dark\)\s*{([\s\S]*?)\n}/.exec(css)?.[1] ?? '';
const light = tokens(themeBlock);
const dark = { ...light, ...tokens(darkBlock) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((start) => {
    const channel = parseInt(hex.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

// [foreground, backgrounds, minimum ratio]: 4.5 for text, 3 for the edges of
// controls and the focus ring (WCAG 1.4.3 and 1.4.11).
const PAIRS: [string, string[], number][] = [
  ['text', ['surface', 'surface-muted', 'accent-muted', 'danger-muted', 'success-muted', 'warning-muted'], 4.5],
  ['text-muted', ['surface', 'surface-muted', 'accent-muted'], 4.5],
  ['accent', ['surface', 'surface-muted', 'accent-muted'], 4.5],
  ['accent-hover', ['surface', 'surface-muted'], 4.5],
  ['accent-contrast', ['accent', 'accent-hover'], 4.5],
  ['danger-contrast', ['danger'], 4.5],
  ['danger', ['surface', 'surface-muted', 'danger-muted'], 4.5],
  ['success', ['surface', 'surface-muted', 'success-muted'], 4.5],
  ['warning', ['surface', 'surface-muted', 'warning-muted'], 4.5],
  ['border-strong', ['surface', 'surface-muted'], 3],
  ['focus', ['surface', 'surface-muted', 'accent-muted'], 3],
];

const cases = Object.entries({ light, dark }).flatMap(([scheme, palette]) =>
  PAIRS.flatMap(([foreground, backgrounds, minimum]) =>
    backgrounds.map((background) => ({ scheme, palette, foreground, background, minimum })),
  ),
);

describe('design tokens', () => {
  test('both schemes define every role', () => {
    expect(Object.keys(light).length).toBeGreaterThan(10);
    expect(Object.keys(tokens(darkBlock)).sort()).toEqual(Object.keys(light).sort());
  });

  test.each(cases)('$scheme: $foreground on $background reaches $minimum:1', ({ palette, foreground, background, minimum }) => {
    const fg = palette[foreground];
    const bg = palette[background];
    expect(fg, foreground).toBeDefined();
    expect(bg, background).toBeDefined();
    expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(minimum);
  });
});

// Palette shades bypass dark mode; the names before these roles were renamed
// would silently produce no CSS at all.
const PALETTE = 'slate|gray|zinc|neutral|stone|red|orange|amber|yellow|lime|green|emerald|teal|cyan|sky|blue|indigo|violet|purple|fuchsia|pink|rose|white|black';
const RETIRED = 'canvas|ink|ink-muted|line|accent-ink';
const FORBIDDEN = new RegExp(
  `(?<![\\w-])(?:[a-z-]+:)*(?:text|bg|border|ring|fill|stroke|outline|divide|decoration|from|to|via|accent|shadow)-(?:(?:${PALETTE})(?:-\\d+)?|(?:${RETIRED}))(?![\\w-])`,
  'g',
);

test('components and pages use colour roles, never palette shades', () => {
  const offenders = ['app', 'components'].flatMap((dir) =>
    listSourceFiles(path.join(root, dir)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(FORBIDDEN)].map((match) => `${path.relative(root, file)}: ${match[0]}`),
    ),
  );
  expect(offenders).toEqual([]);
});
