import { render, screen, within } from '@testing-library/react';
import { expect, test } from 'vitest';
import { FrameworkItem } from '@/components/framework/framework-item';
import { LevelDescriptors } from '@/components/framework/level-descriptors';
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

test('shows the item with both targets and why, and links to its own page for what each level looks like', () => {
  render(<FrameworkItem item={item} />);
  const article = screen.getByRole('article', { name: /^Managing Managers\s*\(must-have\)$/ });
  expect(within(article).getByText(content.description)).toBeVisible();
  expect(article).toHaveTextContent('Ready to step up: level 3. Effective in the role: level 4.');
  expect(article).toHaveTextContent(content.targets.why);
  expect(article).not.toHaveTextContent(descriptorAt(content, 1).text);
  const link = within(article).getByRole('link', { name: /^What each level looks like ?: Managing Managers$/ });
  expect(link).toHaveAttribute('href', `/framework/${content.key}`);
});

test('an item of a version before the two targets shows no targets', () => {
  render(<FrameworkItem item={{ ...item, stepUpLevel: null, mustHave: false }} />);
  const article = screen.getByRole('article', { name: 'Managing Managers' });
  expect(article).not.toHaveTextContent('Ready to step up');
});

test('lists the five levels in order, with their names, the targets they mark, summaries and signals', () => {
  render(<LevelDescriptors item={item} levels={levels} />);
  const entries = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(entries).toHaveLength(5);
  expect(entries[0]).toHaveTextContent(`Level 1 · Not yet${descriptorAt(content, 1).summary}${descriptorAt(content, 1).text}`);
  expect(entries[2]).toHaveTextContent('Level 3 · Developing (ready to step up)');
  expect(entries[3]).toHaveTextContent('Level 4 · Established (effective in the role)');
  expect(entries[3]).toHaveTextContent(descriptorAt(content, 4).signals[0]!);
});

test('a version before the two targets marks its single expected level', () => {
  render(<LevelDescriptors item={{ ...item, stepUpLevel: null }} levels={levels} />);
  const entries = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(entries[3]).toHaveTextContent('Level 4 · Established (expected of a Head of Engineering)');
  expect(entries.filter((entry) => entry.textContent?.includes('expected of a Head of Engineering'))).toHaveLength(1);
});
