import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { FrameworkItem } from '@/components/framework/framework-item';
import { frameworkContent } from '@/lib/content/framework-content';
import { describedLevels, descriptorAt } from '@/tests/support/content';

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
  resourceNote: '',
  reflectionPrompts: content.reflectionPrompts,
  opportunityStretch: content.opportunity.stretch,
  opportunityQuestion: content.opportunity.question,
  descriptors: describedLevels(content).map((descriptor) => ({ id: `d${descriptor.level}`, itemId: 'item-1', ...descriptor })),
};

test('shows the item with both targets and why, and its five levels on request with their summaries and signals', async () => {
  render(<FrameworkItem item={item} levels={levels} />);
  const article = screen.getByRole('article', { name: /^Managing Managers\s*\(must-have\)$/ });
  expect(within(article).getByText(content.description)).toBeVisible();
  expect(article).toHaveTextContent('Ready to step up: level 3. Effective in the role: level 4.');
  expect(article).toHaveTextContent(content.targets.why);
  expect(within(article).getByText(descriptorAt(content, 1).text)).not.toBeVisible();

  await userEvent.click(within(article).getByText('What each level looks like'));

  const levelsList = within(article).getByRole('list');
  const entries = within(levelsList).getAllByRole('listitem');
  expect(entries).toHaveLength(5);
  expect(entries[0]).toHaveTextContent(`Level 1 · Not yet${descriptorAt(content, 1).summary}${descriptorAt(content, 1).text}`);
  expect(entries[2]).toHaveTextContent('Level 3 · Developing (ready to step up)');
  expect(entries[3]).toHaveTextContent('Level 4 · Established (effective in the role)');
  expect(entries[3]).toHaveTextContent(descriptorAt(content, 4).signals[0]!);
});

test('an item of a version before the two targets keeps its single expected level', async () => {
  render(<FrameworkItem item={{ ...item, stepUpLevel: null, mustHave: false }} levels={levels} />);
  const article = screen.getByRole('article', { name: 'Managing Managers' });
  expect(article).not.toHaveTextContent('Ready to step up');
  await userEvent.click(within(article).getByText('What each level looks like'));
  const entries = within(within(article).getByRole('list')).getAllByRole('listitem');
  expect(entries[3]).toHaveTextContent('Level 4 · Established (expected of a Head of Engineering)');
  expect(entries.filter((entry) => entry.textContent?.includes('expected of a Head of Engineering'))).toHaveLength(1);
});
