import { gapOf } from '@/lib/domain/gaps';
import { itemCodes } from '@/lib/domain/item-codes';
import { READINESS_MEASURE } from '@/lib/domain/readiness';
import type { DevelopmentSummary } from '@/lib/domain/summary';
import { measureLabel } from '@/lib/domain/targets';
import { goalState } from '@/lib/export/goal-text';
import { ROLE_LABELS } from '@/lib/domain/others-view';
import type { ItemOthersView, OthersView } from '@/lib/domain/others-export';

// A spreadsheet runs a cell that starts with one of these as a formula, even
// after leading spaces, and some read the full-width forms (＝＋－＠) as the
// ASCII ones; a leading apostrophe makes it text (OWASP's advice on CSV
// injection). \s covers tabs, line breaks and Unicode spaces.
const FORMULA_START = /^\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/;

export function csvCell(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

const HEADER = [
  'Section',
  'Code',
  'Item',
  'Level',
  'Level name',
  'State',
  'Target',
  'Step-up level',
  'Target below step-up level',
  'Gap',
  'Confidence',
  'Evidence',
  'Measured against',
  'How readiness is measured',
  'Goals',
];

// Only when the EM included others' view; named raters by role, never by name.
const OTHERS_HEADER = [
  `Others: ${ROLE_LABELS.MANAGER.toLowerCase()}`,
  `Others: ${ROLE_LABELS.MENTOR.toLowerCase()}`,
  'Peers: middle level',
  'Peers: lowest level',
  'Peers: highest level',
  'Peers who rated',
  'Others: middle level',
  'Difference (self minus others)',
  'Talk about this',
];

function othersCells(item: ItemOthersView | undefined): (string | number | null)[] {
  if (!item) return OTHERS_HEADER.map(() => null);
  const levels = (role: 'MANAGER' | 'MENTOR') =>
    item.named
      .filter((rating) => rating.role === role)
      .map((rating) => (rating.level === null ? 'no level' : String(rating.level)))
      .join('; ') || null;
  return [
    levels('MANAGER'),
    levels('MENTOR'),
    item.peers?.median ?? null,
    item.peers?.min ?? null,
    item.peers?.max ?? null,
    item.peers?.count ?? null,
    item.others,
    item.difference,
    item.talkAboutThis ? 'yes' : 'no',
  ];
}

/**
 * One row per item, in framework order; the item's open and recently finished
 * goals share its row. The measure is repeated on every row, so that any row
 * copied out of the sheet still says what its target means.
 */
export function summaryToCsv(summary: DevelopmentSummary, now = new Date(), othersView: OthersView | null = null): string {
  const codes = itemCodes(summary.items);
  const others = new Map(othersView?.items.map((item) => [item.itemKey, item]));
  const measure = measureLabel(summary.assessment.measure);
  const explained = `${READINESS_MEASURE} ${summary.measure}`;
  const rows = summary.items.map((item) => {
    const gap = gapOf({ ...item, key: item.key });
    const state = { gap: 'below target', 'at-target': 'at or above target', 'no-opportunity': 'no opportunity yet', unrated: 'not rated' }[gap.state];
    return [
      item.sectionTitle,
      codes.get(item.key) ?? '',
      item.title,
      item.level,
      item.levelName,
      state,
      item.targetLevel,
      item.stepUpLevel,
      item.stepUpLevel !== null && item.targetLevel < item.stepUpLevel ? 'yes' : 'no',
      gap.gap,
      item.confidence?.toLowerCase() ?? null,
      item.evidence,
      measure,
      explained,
      summary.goals
        .filter((goal) => goal.itemKey === item.key)
        .map((goal) => `${goal.action} (${goalState(goal, now)})`)
        .join('; '),
      ...(othersView ? othersCells(others.get(item.key)) : []),
    ];
  });
  const header = othersView ? [...HEADER, ...OTHERS_HEADER] : HEADER;
  return `${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
