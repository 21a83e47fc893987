// How the assessment form names its fields, shared by the editor in the
// browser and the no-JavaScript form's parser on the server.

// Field names of the whole-form post: `<field>:<itemId>`, e.g. `level:abc123`.
export const fieldName = (field: 'level' | 'targetLevel' | 'confidence' | 'evidence' | 'baseRevision', itemId: string) =>
  `${field}:${itemId}`;

export const NO_OPPORTUNITY = 'none';
