import type { Brief, BriefSection } from '@/lib/domain/brief';
import { escapeMarkdownInline, escapeMarkdownLine } from '@/lib/export/markdown-escape';

// The brief as Markdown: the top of the Markdown export. Every piece of text
// is escaped, as item titles, goals, the ask and evidence are the person's own.

const quoteLines = (text: string, indent = '') =>
  text
    .split('\n')
    .map((line) => `${indent}> ${escapeMarkdownLine(line)}`.trimEnd())
    .join('\n');

function sectionLines(section: BriefSection): string[] {
  const lines = [`## ${escapeMarkdownInline(section.heading)}`, ''];
  for (const [index, paragraph] of section.paragraphs.entries()) {
    if (section.key === 'ask') lines.push(quoteLines(paragraph), '');
    else if (section.key === 'readiness' && index === 0) lines.push(`**${escapeMarkdownInline(paragraph)}**`, '');
    else lines.push(escapeMarkdownLine(paragraph), '');
  }
  for (const entry of section.entries) {
    lines.push(`- **${escapeMarkdownInline(entry.title)}**: ${escapeMarkdownInline(entry.detail)}`);
    if (entry.quote) lines.push(quoteLines(`“${entry.quote}”`, '  '));
  }
  if (section.entries.length > 0) lines.push('');
  for (const note of section.notes) lines.push(escapeMarkdownLine(note), '');
  return lines;
}

export function briefToMarkdown(brief: Brief): string {
  return [`# ${escapeMarkdownInline(brief.title)}`, '', escapeMarkdownLine(brief.context), '', ...brief.sections.flatMap(sectionLines)].join('\n').trim();
}
