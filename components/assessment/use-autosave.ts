'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveAnswerResult } from '@/app/(app)/assessments/actions';
import { toDraft, type AnswerDraft, type AnswerState, type SaveStatus } from './types';

export type SaveAnswer = (input: AnswerDraft & { assessmentId: string; itemId: string; baseRevision: number }) => Promise<SaveAnswerResult>;

const TYPING_DELAY_MS = 800;
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000];

/**
 * Saves an item's answer shortly after each change, one request at a time,
 * always sending the latest values and the revision they were based on. A
 * stale revision is surfaced as a conflict for the person to resolve; a
 * failed request is retried without losing what they wrote.
 */
export function useAutosave(assessmentId: string, initial: AnswerState, save: SaveAnswer) {
  const [draft, setDraft] = useState<AnswerDraft>(() => toDraft(initial));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<AnswerState | null>(null);
  const revision = useRef(initial.revision);
  const latest = useRef(draft);
  const changedSinceSave = useRef(false);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempt = useRef(0);

  // Retries are scheduled through a ref so that a timer always runs the
  // current flush, never one captured before a re-render.
  const retry = useRef<() => void>(() => {});

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      while (changedSinceSave.current) {
        changedSinceSave.current = false;
        setStatus('saving');
        let result: SaveAnswerResult;
        try {
          result = await save({ ...latest.current, assessmentId, itemId: initial.itemId, baseRevision: revision.current });
        } catch {
          result = { ok: false, reason: 'failed', message: 'Not saved: Headway could not be reached. Retrying.' };
        }
        if (result.ok) {
          attempt.current = 0;
          revision.current = result.data.revision;
          setMessage(null);
          if (!changedSinceSave.current) setStatus('saved');
          continue;
        }
        if (result.reason === 'unavailable' || result.reason === 'failed') {
          changedSinceSave.current = true;
          setStatus('retrying');
          setMessage(result.message);
          const delay = RETRY_DELAYS_MS[Math.min(attempt.current++, RETRY_DELAYS_MS.length - 1)];
          timer.current = setTimeout(() => retry.current(), delay);
        } else if (result.reason === 'conflict' && result.detail) {
          setConflict(result.detail);
          setStatus('conflict');
          setMessage(result.message);
        } else {
          setStatus('refused');
          setMessage(result.message);
        }
        return;
      }
    } finally {
      inFlight.current = false;
    }
  }, [assessmentId, initial.itemId, save]);

  useEffect(() => {
    retry.current = () => void flush();
  }, [flush]);

  const update = useCallback(
    (change: Partial<AnswerDraft>, delay = 0) => {
      const next = { ...latest.current, ...change };
      latest.current = next;
      setDraft(next);
      changedSinceSave.current = true;
      if (conflict) return; // Nothing is saved until the conflict is resolved.
      setStatus((current) => (current === 'saving' ? current : 'pending'));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delay || 150);
    },
    [conflict, flush],
  );

  const keepMine = useCallback(() => {
    if (!conflict) return;
    revision.current = conflict.revision;
    setConflict(null);
    changedSinceSave.current = true;
    void flush();
  }, [conflict, flush]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    revision.current = conflict.revision;
    const theirs = toDraft(conflict);
    latest.current = theirs;
    setDraft(theirs);
    setConflict(null);
    changedSinceSave.current = false;
    setStatus('saved');
    setMessage(null);
  }, [conflict]);

  useEffect(() => () => clearTimeout(timer.current), []);

  return { draft, status, message, conflict, update, keepMine, takeTheirs, typingDelay: TYPING_DELAY_MS };
}

/** Leaving with unsaved changes would lose them: the browser asks first. */
export function useLeaveWarning(unsaved: boolean) {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
