import { differenceText, levelOrNone, othersLevelsText, OTHERS_VIEW_RULE, ratersText, type OthersView } from '@/lib/domain/others-export';
import { subjectName, type DevelopmentSummary } from '@/lib/domain/summary';
import { COLOURS, contentWidth, ensureSpace, heading, left, paragraph, SIZES, setFont, type Doc } from '@/lib/export/pdf-layout';

/** Others' view on a page of its own, after the plan: each item's self-level beside others'. Nothing when not included. */
export function drawOthersView(doc: Doc, summary: DevelopmentSummary, othersView: OthersView | null): void {
  if (!othersView) return;
  const name = subjectName(summary.owner);
  doc.addPage();
  heading(doc, 'Others’ view', SIZES.h1, 0);
  paragraph(doc, `Rated by ${ratersText(othersView.raters)}. ${OTHERS_VIEW_RULE}`, { size: SIZES.small, colour: COLOURS.muted });
  for (const item of othersView.items) {
    doc.y += 6;
    ensureSpace(doc, 52);
    setFont(doc, 'strong', SIZES.h3).text(item.talkAboutThis ? `${item.title}  ·  talk about this` : item.title, left(doc), doc.y, { width: contentWidth(doc) });
    doc.y += 1;
    paragraph(doc, `${name}: ${levelOrNone(item.self)}. Others: ${othersLevelsText(item)}${item.others === null ? '' : `; middle ${item.others}`}.`, { size: SIZES.small, gapAfter: 1 });
    paragraph(doc, differenceText(item, name), { size: SIZES.small, colour: COLOURS.muted, gapAfter: 2 });
  }
}
