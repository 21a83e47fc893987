// Written for Headway: a short name per item, for chart axes where the full
// title does not fit. Keyed by the item's stable key, so the names survive
// wording changes between framework versions; each is at most two lines of
// twelve characters, which is what the radar has room for at 390 px.
export const ITEM_SHORT_NAMES: Readonly<Record<string, string>> = {
  'managing-managers': 'Managing managers',
  'technical-strategy': 'Technical strategy',
  'engineering-culture': 'Engineering culture',
  'executive-stakeholders': 'Executive stakeholders',
  'operating-model': 'Operating model',
  'ai-adoption-strategy': 'AI adoption strategy',
  'ai-productivity-evidence': 'AI impact evidence',
  'ai-ethics-position': 'AI ethics position',
  'ai-investment-case': 'AI business case',
  'ai-team-conversations': 'Honest AI talks',
  'ai-regulation-awareness': 'AI regulation',
};
