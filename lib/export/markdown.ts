import { gapLabel, levelText } from '@/lib/domain/gap-labels';
import { gapOf } from '@/lib/domain/gaps';
import { priorityActionLabel, priorityRule } from '@/lib/domain/priorities';
import { describeReadiness, joinTitles, READINESS_MEASURE } from '@/lib/domain/readiness';
import { sectionShare } from '@/lib/domain/section-share';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { formatDate } from '@/lib/format/dates';
import { goalState, NO_PLAN_GOALS, PLAN_INTRO } from '@/lib/export/goal-text';
import { escapeMarkdownInline, escapeMarkdownLine } from '@/lib/export/markdown-escape';
import { briefToMarkdown } from '@/lib/export/markdown-brief';
import type { Brief } from '@/lib/domain/brief';
import { differenceText, levelOrNone, othersLevelsText, OTHERS_VIEW_RULE, ratersText, type OthersView } from '@/lib/domain/others-export';
import { agreedNote, subjectName } from '@/lib/domain/summary';
import { RESOURCE_KIND_NAMES } from '@/lib/domain/vocabulary';

/**
 * The development summary as Markdown; with a brief, the brief comes first and
 * the summary follows as its detail, with others' view when the EM included it.
 */
export function summaryToMarkdown(summary: DevelopmentSummary, now = new Date(), brief: Brief | null = null, othersView: OthersView | null = null): string {
  const { assessment } = summary;
  const lines: string[] = brief ? [briefToMarkdown(brief), '', '---', ''] : [];
  const draft = assessment.status === 'DRAFT';
  lines.push(`# Development summary${draft ? ' (DRAFT)' : ''}`, '');
  if (draft) lines.push('> **DRAFT**: this assessment has not been submitted and may still change.', '');
  lines.push(
    `- **Who:** ${escapeMarkdownInline(summary.owner.name ?? summary.owner.email)}`,
    `- **Assessment:** ${draft ? 'draft started' : 'submitted'} ${formatDate(assessment.submittedAt ?? assessment.createdAt)}, framework version ${assessment.frameworkVersion}`,
    `- **Readiness:** ${describeReadiness(summary.readiness)}`,
    ...summary.sections.map((section) => `- **${section.title}** (weight ${sectionShare(summary, section.weight)}): ${describeReadiness(section.readiness)}`),
    '',
    `${READINESS_MEASURE} ${summary.measure}`,
    '',
    summary.reading,
    '',
    '## Priorities',
    '',
    priorityRule(summary.voice),
    '',
  );
  if (summary.priorities.length === 0) lines.push(summary.dismissed.length > 0 ? 'Every item below its target is set aside.' : 'No item is below its target.', '');
  if (summary.dismissed.length > 0) lines.push(`Set aside from the priorities: ${joinTitles(summary.dismissed.map((priority) => priority.title))}.`, '');
  summary.priorities.forEach((priority, index) => {
    lines.push(
      `${index + 1}. **${priority.title}**${priority.mustHave ? ' (must-have)' : ''}${priority.pinned ? ' (pinned)' : ''}: level ${priority.level} now, target ${priority.targetLevel} (${gapLabel(priority)}). ${priorityActionLabel(priority.action, summary.voice)}.`,
    );
    for (const resource of priority.resources) lines.push(`   - *${resource.title}* (${RESOURCE_KIND_NAMES[resource.kind]}): ${resource.how}`);
  });
  if (summary.opportunities.length > 0) {
    lines.push('', '## Opportunities to ask for', '');
    for (const opportunity of summary.opportunities) {
      lines.push(`- **${opportunity.title}**${opportunity.mustHave ? ' (must-have)' : ''}: ${opportunity.stretch} Ask: “${opportunity.question}”`);
    }
  }
  lines.push('', '## Development plan', '', PLAN_INTRO, '');
  if (summary.goals.length === 0) lines.push(NO_PLAN_GOALS);
  let item: string | null = null;
  for (const goal of summary.goals) {
    if (goal.itemKey !== item) {
      item = goal.itemKey;
      lines.push('', `### ${goal.itemTitle}`, '');
    }
    lines.push(`- **${escapeMarkdownInline(goal.action)}**: ${goalState(goal, now)}`);
    lines.push(`  - Success measure: ${escapeMarkdownInline(goal.successMeasure)}`);
    for (const resource of goal.resources) {
      lines.push(`  - Resource: ${resource.url ? `[${escapeMarkdownInline(resource.title)}](<${resource.url.replace(/[<>\s]/g, encodeURIComponent)}>)` : escapeMarkdownInline(resource.title)}`);
    }
    const latest = goal.notes[0];
    if (latest) lines.push(`  - Latest note (${formatDate(latest.createdAt)}): ${escapeMarkdownInline(latest.text.replace(/\n+/g, ' '))}`);
  }
  if (othersView) lines.push('', ...othersViewLines(summary, othersView));
  lines.push('', '## Item by item', '');
  for (const item of summary.items) {
    lines.push(`### ${item.title}`, '');
    const agreed = agreedNote(item);
    lines.push(`- **Level now:** ${levelText(item.level, item.noOpportunity)}${item.levelName ? ` (${item.levelName})` : ''}${agreed ? `, ${escapeMarkdownInline(agreed)}` : ''}`);
    lines.push(`- **Target:** ${item.targetLevel}`);
    lines.push(`- **Gap:** ${gapLabel(gapOf(item))}`);
    lines.push(`- **Confidence:** ${item.confidence?.toLowerCase() ?? 'not given'}`);
    lines.push('', item.evidence ? item.evidence.split('\n').map((line) => `> ${escapeMarkdownLine(line)}`).join('\n') : '_No evidence written._', '');
  }
  return `${lines.join('\n').trim()}\n`;
}

function othersViewLines(summary: DevelopmentSummary, othersView: OthersView): string[] {
  const name = subjectName(summary.owner);
  return [
    '## Others’ view',
    '',
    `Rated by ${ratersText(othersView.raters)}. ${escapeMarkdownInline(OTHERS_VIEW_RULE)}`,
    '',
    ...othersView.items.map(
      (item) =>
        `- **${item.title}**${item.talkAboutThis ? ' (talk about this)' : ''}: ${escapeMarkdownInline(name)} ${levelOrNone(item.self)}; others: ${othersLevelsText(item)}${
          item.others === null ? '' : `; middle ${item.others}`
        }. ${escapeMarkdownInline(differenceText(item, name))}`,
    ),
  ];
}
