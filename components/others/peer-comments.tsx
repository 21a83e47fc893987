import type { ReactNode } from 'react';

/** Peers' comments under a heading, as a list with nothing that tells who wrote which; nothing when there are none. */
export function PeerComments({ heading, comments }: { heading: ReactNode; comments: string[] }) {
  if (comments.length === 0) return null;
  return (
    <div className="space-y-2">
      {heading}
      {/* Styled from the list, not per item: there can be hundreds on one page. */}
      <ul className="space-y-2 *:border-l-4 *:border-border-strong *:pl-3 *:whitespace-pre-line">
        {comments.map((comment, index) => (
          <li key={index}>{comment}</li>
        ))}
      </ul>
    </div>
  );
}
