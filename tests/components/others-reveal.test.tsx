import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { AgreedLevelForm } from '@/components/others/agreed-level-form';
import { OthersTable } from '@/components/others/others-table';
import { PeerComments } from '@/components/others/peer-comments';
import { ItemLevels } from '@/components/others/reveal-item';
import { OverallComments, RevealOverview } from '@/components/others/reveal-overview';
import { buildOthersReveal, type RevealSource } from '@/lib/domain/others-reveal';
import type { ActionResult } from '@/lib/validation/action-result';

const LEVELS = [1, 2, 3, 4, 5].map((level) => ({ level, name: `Level name ${level}` }));
const items = [
  { id: 'i1', key: 'managing-managers', title: 'Managing Managers' },
  { id: 'i2', key: 'technical-strategy', title: 'Organisation-Wide Technical Strategy' },
  { id: 'i3', key: 'engineering-culture', title: 'Engineering Culture' },
];
const rated = (levels: (number | 'none')[], comment = '') =>
  Object.fromEntries(levels.map((level, index) => [`i${index + 1}`, { level: level === 'none' ? null : level, noOpportunity: level === 'none', comment }]));

function sourceWith(peers: number): RevealSource {
  return {
    status: 'SUBMITTED',
    items,
    self: { i1: { level: 5, noOpportunity: false }, i2: { level: 1, noOpportunity: false }, i3: { level: 3, noOpportunity: false } },
    invitations: [],
    raters: [
      { role: 'MANAGER', name: 'Mo Manager', overallComment: 'Keep going', answers: rated([2, 3, 'none'], 'From Mo') },
      { role: 'MENTOR', name: null, overallComment: '', answers: rated([3, 4, 3]) },
      ...Array.from({ length: peers }, (_, index) => ({ role: 'PEER' as const, name: null, overallComment: `Peer overall ${index}`, answers: rated([2, 5, 3], `Peer note ${index}`) })),
    ],
    agreed: { i1: { level: 3, agreedWith: 'Mo (my manager)', note: 'Met halfway', agreedAt: new Date('2026-12-01T10:00:00Z') } },
  };
}

const idle = (): Promise<ActionResult> => Promise.resolve({ ok: true });
const cellsOf = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

function revealOf(peers: number) {
  const reveal = buildOthersReveal(sourceWith(peers), () => 0.5);
  if (!reveal.revealed) throw new Error('not revealed');
  return reveal;
}

describe('the others’ view table', () => {
  test('one row per item: self, each named rater, peers, the difference and the flag in words', () => {
    const reveal = revealOf(2);
    render(<OthersTable items={reveal.items} raters={reveal.items[0]!.named.map((rating) => rating.who)} peersShown={reveal.peersShown} scale={{ min: 1, max: 5 }} assessmentId="a1" />);
    const figure = screen.getByRole('figure', { name: 'You and others, item by item' });
    const rows = within(within(figure).getByRole('table')).getAllByRole('row');
    expect(rows.map(cellsOf)).toEqual([
      ['Item', 'You', 'Mo Manager (manager)', 'Former rater (mentor or coach)', 'Peers or reports', 'Others, middle', 'Difference', 'Agreed', 'Flag'],
      ['Managing Managers', '5', '2', '3', 'Not shown until 3 peers have submitted', '2.5', '+2.5 (you rate yourself higher)', '3', 'Talk about this · Blind spot'],
      ['Organisation-Wide Technical Strategy', '1', '3', '4', 'Not shown until 3 peers have submitted', '3.5', '−2.5 (others rate you higher)', 'None', 'Talk about this · Hidden strength'],
      ['Engineering Culture', '3', 'No opportunity to see this', '3', 'Not shown until 3 peers have submitted', '3', 'Same', 'None', 'Aligned'],
    ]);
  });

  test('with 3 peers their middle and range count; each item’s name leads to its own page, and no comment is quoted in the table', () => {
    const reveal = revealOf(3);
    render(<OthersTable items={reveal.items} raters={reveal.items[0]!.named.map((rating) => rating.who)} peersShown={reveal.peersShown} scale={{ min: 1, max: 5 }} assessmentId="a1" />);
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(cellsOf(rows[1]!)[4]).toBe('2 (range 2 to 2, 3 peers)');
    const link = within(rows[1]!).getByRole('link', { name: 'Managing Managers' });
    expect(link).toHaveAttribute('href', '/assessments/a1/others/view/managing-managers');
    // The overview's lists lead to the row.
    expect(link.closest('th')).toHaveAttribute('id', 'item-managing-managers');
    expect(table).not.toHaveTextContent('Peer note');
    expect(table).not.toHaveTextContent('From Mo');
  });

  test('peers’ comments stand as a list that names nobody', () => {
    render(<PeerComments heading={<h2>What peers said</h2>} comments={['Peer note 1', 'Peer note 0']} />);
    const list = screen.getByRole('heading', { name: 'What peers said' }).nextElementSibling as HTMLElement;
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Peer note 1', 'Peer note 0']);
  });

  test('an item’s own page quotes each named rater’s comment beside their level, with the peers’ middle and range', () => {
    const levels = render(<ItemLevels item={revealOf(3).items[0]!} peersShown />).container.querySelector('dl')!;
    expect([...levels.querySelectorAll('dt')].map((term) => term.textContent)).toEqual(['You', 'Mo Manager (manager)', 'Former rater (mentor or coach)', 'Peers or reports', 'Difference', 'Agreed']);
    expect(within(levels).getByText('From Mo', { selector: 'blockquote' })).toBeInTheDocument();
    expect(levels).toHaveTextContent('2 (range 2 to 2, 3 peers)');
    expect(levels).not.toHaveTextContent('Peer note');
  });
});

describe('the summary and lists', () => {
  test('the summary leads; flagged items, blind spots and hidden strengths link to their items', () => {
    const reveal = revealOf(0);
    render(
      <>
        <RevealOverview reveal={reveal} />
        <OverallComments reveal={reveal} />
      </>,
    );
    expect(screen.getByText('Rated by 1 manager and 1 mentor or coach.')).toBeVisible();
    expect(screen.getByText('Biggest blind spot: Managing Managers: you rate yourself 5, others 2.5.')).toBeVisible();
    const talk = screen.getByRole('region', { name: 'Talk about this' });
    expect(within(talk).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#item-managing-managers', '#item-technical-strategy']);
    expect(within(screen.getByRole('region', { name: 'Blind spots' })).getByRole('listitem')).toHaveTextContent('Managing Managers: you 5, others 2.5');
    expect(within(screen.getByRole('region', { name: 'Hidden strengths' })).getByRole('listitem')).toHaveTextContent('Organisation-Wide Technical Strategy: you 1, others 3.5');
    expect(screen.getByRole('region', { name: 'Overall comments' })).toHaveTextContent('Keep goingMo Manager (manager)');
  });
});

describe('recording an agreed level', () => {
  test('the form offers the pinned version’s levels and posts what was chosen', async () => {
    const posted: FormData[] = [];
    const action = (_previous: ActionResult, form: FormData): Promise<ActionResult> => {
      posted.push(form);
      return Promise.resolve({ ok: true, message: 'Agreed level 4 saved, beside your self-rating and others’ ratings.' });
    };
    render(<AgreedLevelForm action={action} assessmentId="a1" itemId="i2" itemTitle="Organisation-Wide Technical Strategy" levels={LEVELS} current={null} />);
    const user = userEvent.setup();
    const select = screen.getByLabelText('Agreed level for Organisation-Wide Technical Strategy');
    expect(within(select).getAllByRole('option').map((option) => option.textContent)).toEqual(['Choose a level', ...LEVELS.map(({ level, name }) => `${level}: ${name}`)]);
    expect(screen.queryByRole('button', { name: 'Clear the agreed level' })).toBeNull();
    await user.selectOptions(select, '4');
    await user.type(screen.getByLabelText('Who agreed it with you'), 'Mo (my manager)');
    await user.click(screen.getByRole('button', { name: 'Save the agreed level' }));
    expect(await screen.findByText(/Agreed level 4 saved/)).toBeVisible();
    expect(Object.fromEntries(posted[0]!)).toMatchObject({ assessmentId: 'a1', itemId: 'i2', intent: 'save', level: '4', agreedWith: 'Mo (my manager)', note: '' });
  });

  test('an agreed level shows beside the others, with who and when, and its form can clear it', () => {
    const reveal = revealOf(0);
    const item = reveal.items[0]!;
    render(<ItemLevels item={item} peersShown={false} />);
    expect(screen.getByText(/Level 3, with Mo \(my manager\) on/)).toBeInTheDocument();
    expect(screen.getByText('Met halfway', { selector: 'p' })).toBeInTheDocument();
    render(<AgreedLevelForm action={idle} assessmentId="a1" itemId={item.id} itemTitle={item.title} levels={LEVELS} current={item.agreed && { level: item.agreed.level, agreedWith: item.agreed.agreedWith, note: item.agreed.note }} />);
    expect(screen.getByRole('button', { name: 'Clear the agreed level' })).toBeInTheDocument();
    expect(screen.getByLabelText('Who agreed it with you')).toHaveValue('Mo (my manager)');
  });
});
