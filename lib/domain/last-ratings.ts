/** What an item was rated in the previous submitted assessment. */
export type LastRating = { level: number | null; levelName: string | null; noOpportunity: boolean };

export type LastRatings = { submittedAt: Date; byItemKey: Record<string, LastRating> };

/** "Level 3 · Developing", "No opportunity yet" or "Not rated", as the assessment form shows it beside an item. */
export function describeLastRating(rating: LastRating): string {
  if (rating.noOpportunity) return 'No opportunity yet';
  if (rating.level === null) return 'Not rated';
  return rating.levelName ? `Level ${rating.level} · ${rating.levelName}` : `Level ${rating.level}`;
}
