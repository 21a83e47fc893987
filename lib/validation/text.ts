// Postgres cannot store U+0000 in text and nobody types it on purpose; a
// pasted one must be refused with a message here, not fail at the database
// (where it would look like an outage and be retried forever).
export const NUL_MESSAGE = 'Remove the invisible control character (U+0000) from this text';

export const hasNoNul = (value: string) => !value.includes('\u0000');
