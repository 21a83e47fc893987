import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { FrameworkItem } from '@/components/framework/framework-item';
import { frameworkContent } from '@/lib/content/framework-content';

const content = frameworkContent.sections[0]!.items[0]!;
const levels = frameworkContent.scale.map((step) => ({ id: `level-${step.level}`, frameworkVersionId: 'v1', ...step }));
const item = {
  id: 'item-1',
  frameworkVersionId: 'v1',
  sectionId: 'section-1',
  key: content.key,
  title: content.title,
  description: content.description,
  position: 0,
  expectedLevel: content.targets.inRole,
  stepUpLevel: content.targets.stepUp,
  mustHave: content.targets.mustHave,
  targetsWhy: content.targets.why,
  reflectionPrompts: content.reflectionPrompts,
  opportunityStretch: content.opportunity.stretch,
  opportunityQuestion: content.opportunity.question,
  descriptors: ([1, 2, 3, 4, 5] as const).map((level) => ({
    id: `d${level}`,
    itemId: 'item-1',
    level,
    text: content.descriptors[level],
    summary: '',
    signals: [],
    examples: [],
  })),
};

test('shows the item, and its five level descriptors on request, marking the level a HoE is expected to show', async () => {
  render(<FrameworkItem item={item} levels={levels} />);
  const article = screen.getByRole('article', { name: 'Managing Managers' });
  expect(within(article).getByText(content.description)).toBeVisible();
  expect(within(article).getByText(content.descriptors[1])).not.toBeVisible();

  await userEvent.click(within(article).getByText('What each level looks like'));

  const levelsList = within(article).getByRole('list');
  const entries = within(levelsList).getAllByRole('listitem');
  expect(entries).toHaveLength(5);
  expect(entries[0]).toHaveTextContent(`Level 1 · Not yet${content.descriptors[1]}`);
  expect(entries[3]).toHaveTextContent('Level 4 · Established (expected of a Head of Engineering)');
  expect(entries.filter((entry) => entry.textContent?.includes('expected of a Head of Engineering'))).toHaveLength(1);
});
