import type { RefusalReason } from '@/lib/validation/action-result';

// The self-assessment and a rater's rating autosave the same way: one item
// (or comment) at a time, against the revision it was based on. These are
// what both say when a save changes nothing.

/** Why the data layer refused a save. */
export type SaveRefusal<Current> = { kind: 'conflict'; current: Current } | { kind: 'frozen' } | { kind: 'not-found' };

// Spelled out rather than `ActionFailure<Current>`, whose `detail` TypeScript
// cannot resolve while `Current` is still a type parameter.
type RefusedSave<Current> = { ok: false; reason: RefusalReason; message: string; detail?: Current };

export type SaveRefusalMessages = { conflict: string; frozen: string; notFound: string };

export const ITEM_CONFLICT = 'This item was changed in another tab or window.';

/** An autosave retries on its own: it needs a result to retry on, not an error page. */
export const AUTOSAVE_RETRY = {
  failed: 'Not saved: something went wrong. Retrying.',
  unavailable: 'Not saved: Headway cannot reach its database just now. Retrying.',
};

/** The refusal a form shows; after a conflict it carries what is saved now. */
export function refusedSave<Current>(outcome: SaveRefusal<Current>, messages: SaveRefusalMessages): RefusedSave<Current> {
  switch (outcome.kind) {
    case 'conflict':
      return { ok: false, reason: 'conflict', detail: outcome.current, message: messages.conflict };
    case 'frozen':
      return { ok: false, reason: 'frozen', message: messages.frozen };
    case 'not-found':
      return { ok: false, reason: 'not-found', message: messages.notFound };
  }
}
