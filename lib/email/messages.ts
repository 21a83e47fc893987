import { ROLE_LABELS, type RaterRole } from '@/lib/domain/others-view';
import type { ReviewDate } from '@/lib/domain/goals';
import { formatDate } from '@/lib/format/dates';
import { escapeHtml } from '@/lib/format/html';

// The emails Headway sends, each as plain text and HTML built from the same
// parts. Everything a person wrote (goals, evidence, names, notes) is escaped
// in the HTML part. Reminders and digests speak to the EM; an invitation
// speaks to the person invited, about the EM in the third person.

export type EmailContent = { subject: string; text: string; html: string };

/** A paragraph, or a list of lines each with an optional link. */
type Block = { kind: 'p'; text: string } | { kind: 'h'; text: string } | { kind: 'list'; items: { text: string; href?: string }[] } | { kind: 'link'; text: string; href: string };

export type EmailLinks = { baseUrl: string; unsubscribeUrl: string };

function render(subject: string, blocks: Block[], footer: string, links: EmailLinks): EmailContent {
  const text = [
    ...blocks.map((block) => {
      if (block.kind === 'list') return block.items.map((item) => `- ${item.text}${item.href ? `\n  ${item.href}` : ''}`).join('\n');
      if (block.kind === 'link') return `${block.text}: ${block.href}`;
      if (block.kind === 'h') return `${block.text}\n${'-'.repeat(block.text.length)}`;
      return block.text;
    }),
    '--',
    `${footer} Unsubscribe: ${links.unsubscribeUrl}`,
  ].join('\n\n');
  const body = blocks
    .map((block) => {
      if (block.kind === 'list') {
        const items = block.items.map((item) => `<li>${item.href ? `<a href="${escapeHtml(item.href)}">${escapeHtml(item.text)}</a>` : escapeHtml(item.text)}</li>`);
        return `<ul>${items.join('')}</ul>`;
      }
      if (block.kind === 'link') return `<p><a href="${escapeHtml(block.href)}">${escapeHtml(block.text)}</a></p>`;
      if (block.kind === 'h') return `<h2 style="font-size:1.1em">${escapeHtml(block.text)}</h2>`;
      return `<p>${escapeHtml(block.text)}</p>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2937;max-width:40rem">
${body}
<hr>
<p style="font-size:0.9em;color:#4b5563">${escapeHtml(footer)} <a href="${escapeHtml(links.unsubscribeUrl)}">Unsubscribe</a></p>
</body></html>`;
  return { subject, text, html };
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export type DigestGoal = { id: string; action: string; itemTitle: string; targetDate: Date };
export type DigestEvidence = { occurredOn: Date; text: string; itemTitles: string[] };

export type DigestSource = {
  /** Midnight UTC of the day the digest is for. */
  today: Date;
  review: ReviewDate | null;
  dueSoon: DigestGoal[];
  overdue: DigestGoal[];
  evidence: DigestEvidence[];
};

/** The weekly digest: what is due, what is late, what was logged, when the review is. */
export function digestEmail(source: DigestSource, links: EmailLinks): EmailContent {
  const goalLine = (goal: DigestGoal) => ({ text: `${goal.action} (${goal.itemTitle}), due ${formatDate(goal.targetDate)}`, href: `${links.baseUrl}/plan#goal-${goal.id}` });
  const blocks: Block[] = [{ kind: 'p', text: `Your week in Headway, ${formatDate(source.today)}.` }];
  blocks.push({ kind: 'h', text: 'Your next review' });
  blocks.push({
    kind: 'p',
    text: source.review
      ? `${formatDate(source.review.date)}${source.review.chosen ? ', the date you chose' : ', three months after your last submitted assessment'}.`
      : 'Not set yet: it follows your first submitted assessment, or a date you choose on the home page.',
  });
  blocks.push({ kind: 'h', text: `Overdue goals (${source.overdue.length})` });
  blocks.push(source.overdue.length ? { kind: 'list', items: source.overdue.map(goalLine) } : { kind: 'p', text: 'None.' });
  blocks.push({ kind: 'h', text: `Goals due in the next 14 days (${source.dueSoon.length})` });
  blocks.push(source.dueSoon.length ? { kind: 'list', items: source.dueSoon.map(goalLine) } : { kind: 'p', text: 'None.' });
  blocks.push({ kind: 'h', text: `Evidence you logged this week (${source.evidence.length})` });
  blocks.push(
    source.evidence.length
      ? { kind: 'list', items: source.evidence.map((entry) => ({ text: `${formatDate(entry.occurredOn)}: ${entry.text} (${entry.itemTitles.join(', ')})` })) }
      : { kind: 'p', text: 'Nothing yet. A line written as it happens is worth more at review time than a page written from memory.' },
  );
  blocks.push({ kind: 'link', text: 'Log evidence', href: `${links.baseUrl}/evidence/new` });
  blocks.push({ kind: 'link', text: 'Your plan', href: `${links.baseUrl}/plan` });
  const subject = `Your week in Headway: ${plural(source.overdue.length, 'goal', 'goals')} overdue, ${plural(source.dueSoon.length, 'goal', 'goals')} due soon`;
  return render(subject, blocks, `You get this digest weekly because you chose it on your account page (${links.baseUrl}/account).`, links);
}

/** A week before the review: time to take the next assessment. */
export function reminderEmail(review: ReviewDate, links: EmailLinks): EmailContent {
  const blocks: Block[] = [
    { kind: 'p', text: `Your next review is on ${formatDate(review.date)}${review.chosen ? ', the date you chose' : ', three months after your last submitted assessment'}.` },
    { kind: 'p', text: 'Take a new assessment before then to see how your gaps have closed, and bring the evidence you logged since the last one.' },
    { kind: 'link', text: 'Start your next assessment', href: `${links.baseUrl}/assess` },
    { kind: 'link', text: 'Your evidence log', href: `${links.baseUrl}/evidence` },
  ];
  return render(`Your Headway review is on ${formatDate(review.date)}`, blocks, `You get a reminder a week before each review; turn it off on your account page (${links.baseUrl}/account).`, links);
}

export type InvitationSource = { subjectName: string; role: RaterRole; note: string; expiresAt: Date; path: string };

/** To the person invited: who asks, in what role, the note, and the link. */
export function invitationEmail(source: InvitationSource, links: EmailLinks): EmailContent {
  const blocks: Block[] = [
    { kind: 'p', text: `${source.subjectName} asks you to rate them on the Head of Engineering framework in Headway, as their ${ROLE_LABELS[source.role].toLowerCase()}.` },
    ...(source.note ? [{ kind: 'p' as const, text: `${source.subjectName} wrote: “${source.note}”` }] : []),
    { kind: 'p', text: `The link works once, for the account that accepts it, until ${formatDate(source.expiresAt)}. Before you start, the page tells you who will see your ratings.` },
    { kind: 'link', text: 'Open the invitation', href: `${links.baseUrl}${source.path}` },
  ];
  return render(`${source.subjectName} asks for your view in Headway`, blocks, `You got this because ${source.subjectName} gave Headway your address. To get no more invitation emails from Headway:`, links);
}
