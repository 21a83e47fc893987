import { render, screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import type { SaveAnswerResult } from '@/app/(app)/assessments/actions';
import { ItemEditor } from '@/components/assessment/item-editor';
import type { AnswerState, EditorItem } from '@/components/assessment/types';
import type { SaveAnswer } from '@/components/assessment/use-autosave';
import { frameworkContent } from '@/lib/content/framework-content';
import { answerSchema } from '@/lib/validation/assessment';
import { describedLevels } from '@/tests/support/content';

// One framework item in the self-assessment's editor, saving to a stand-in
// for the server action that checks each payload with the action's schema.

export const content = frameworkContent.sections[0]!.items[0]!;
export const levels = frameworkContent.scale.map(({ level, name }) => ({ level, name }));

export function editorItem(fields: Partial<EditorItem> = {}): EditorItem {
  return {
    id: 'item-1',
    key: content.key,
    title: content.title,
    description: content.description,
    expectedLevel: 4,
    stepUpLevel: 3,
    descriptors: describedLevels(content),
    reflectionPrompts: content.reflectionPrompts,
    ...fields,
  };
}

/** The item as a new draft holds it: unrated, target 4, with `evidence` written. */
export function unrated(evidence = ''): AnswerState {
  return {
    itemId: 'item-1',
    level: null,
    noOpportunity: false,
    targetLevel: 4,
    confidence: null,
    evidence,
    revision: 0,
    updatedAt: new Date('2026-11-01T10:00:00Z'),
  };
}

export type Sent = Parameters<SaveAnswer>[0];

/** A save endpoint that answers as the server would, one revision at a time. */
export function fakeServer(respond?: (sent: Sent) => SaveAnswerResult | Promise<SaveAnswerResult>) {
  const calls: Sent[] = [];
  let revision = 0;
  const save: SaveAnswer = async (sent) => {
    // The real action's schema: a payload it would refuse fails the test.
    answerSchema.parse(sent);
    calls.push(sent);
    if (respond) return respond(sent);
    revision += 1;
    return { ok: true, data: { ...unrated(), ...sent, revision, updatedAt: new Date() } };
  };
  return { save, calls };
}

export function renderItemEditor(save: SaveAnswer, { item = editorItem(), start = unrated() }: { item?: EditorItem; start?: AnswerState } = {}) {
  const onReport = vi.fn();
  render(<ItemEditor assessmentId="assessment-1" item={item} levels={levels} initial={start} save={save} onReport={onReport} />);
  return { onReport, region: screen.getByRole('region', { name: content.title }) };
}

/** Autosave waits on timers: each test runs on fake ones that still move with the clock. */
export function withAutosaveTimers() {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
