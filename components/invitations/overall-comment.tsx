'use client';

import { useEffect, useRef, useState } from 'react';
import { saveOverallCommentAction } from '@/app/(app)/rate/actions';
import { SaveStatusText } from '@/components/assessment/save-status';
import type { SaveStatus } from '@/components/assessment/types';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';

const TYPING_DELAY_MS = 800;
const RETRY_DELAY_MS = 3_000;

type Props = { invitationId: string; initial: { comment: string; revision: number }; max: number; onStatus: (status: SaveStatus) => void };

/** The overall comment, saved shortly after typing stops, with the same revision check as each item. */
export function OverallComment({ invitationId, initial, max, onStatus }: Props) {
  const [comment, setComment] = useState(initial.comment);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [message, setMessage] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const revision = useRef(initial.revision);
  const latest = useRef(initial.comment);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => onStatus(status), [onStatus, status]);
  useEffect(() => () => clearTimeout(timer.current), []);

  async function save() {
    const sent = latest.current;
    setStatus('saving');
    const result = await saveOverallCommentAction({ invitationId, baseRevision: revision.current, comment: sent }).catch(() => null);
    if (result?.ok) {
      revision.current = result.data.revision;
      setMessage(null);
      setStatus(latest.current === sent ? 'saved' : 'pending');
      if (latest.current !== sent) timer.current = setTimeout(() => void save(), TYPING_DELAY_MS);
    } else if (result?.reason === 'conflict' && result.detail) {
      setTheirs(result.detail.comment);
      revision.current = result.detail.revision;
      setStatus('conflict');
      setMessage(result.message);
    } else if (!result || result.reason === 'unavailable' || result.reason === 'failed') {
      setStatus('retrying');
      setMessage(result?.message ?? 'Not saved: Headway could not be reached. Retrying.');
      timer.current = setTimeout(() => void save(), RETRY_DELAY_MS);
    } else {
      setStatus('refused');
      setMessage(result.message);
    }
  }

  return (
    <div className="space-y-2">
      <input type="hidden" name="overallRevision" value={initial.revision} />
      <TextAreaField
        label="Overall comment (optional)"
        name="overallComment"
        hint={`Anything the items do not cover: strengths, what to work on next. Up to ${max.toLocaleString('en-GB')} characters.`}
        maxLength={max}
        rows={5}
        value={comment}
        onChange={(event) => {
          latest.current = event.target.value;
          setComment(event.target.value);
          if (theirs !== null) return;
          setStatus('pending');
          clearTimeout(timer.current);
          timer.current = setTimeout(() => void save(), TYPING_DELAY_MS);
        }}
      />
      <SaveStatusText status={status} message={message} />
      {theirs !== null ? (
        <div role="alert" className="space-y-3 rounded-md border-2 border-danger p-4">
          <p className="font-semibold">Your overall comment was changed in another tab or window. The saved version:</p>
          <p className="whitespace-pre-wrap break-words text-sm">{theirs || '(empty)'}</p>
          <div className="flex flex-wrap gap-3">
            <Button
              onClick={() => {
                setTheirs(null);
                void save();
              }}
            >
              Keep mine
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                latest.current = theirs;
                setComment(theirs);
                setTheirs(null);
                setStatus('saved');
                setMessage(null);
              }}
            >
              Take the saved version
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
