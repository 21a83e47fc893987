// How the assessment form names its fields, shared by the editor in the
// browser and the no-JavaScript form's parser on the server.

// Field names of the whole-form post: `<field>:<itemId>`, e.g. `level:abc123`.
export const fieldName = (field: 'level' | 'targetLevel' | 'confidence' | 'evidence' | 'baseRevision', itemId: string) =>
  `${field}:${itemId}`;

export const NO_OPPORTUNITY = 'none';

/** A posted level choice: empty is unrated, `NO_OPPORTUNITY` is "no opportunity", anything else the level as sent. */
export function postedLevel(level = '') {
  return { level: level === '' || level === NO_OPPORTUNITY ? null : level, noOpportunity: level === NO_OPPORTUNITY };
}
