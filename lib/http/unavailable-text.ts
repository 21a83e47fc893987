// What Headway says when it cannot reach its database, wherever it says it:
// the error boundary, form results, route handlers and the proxy's own page.
export const UNAVAILABLE_HEADING = 'Headway is temporarily unavailable';
export const UNAVAILABLE_MESSAGE = 'Headway is temporarily unavailable: it cannot reach its database. Try again in a moment.';
export const UNAVAILABLE_CAUSE = 'Headway cannot reach its database just now.';
export const UNAVAILABLE_REASSURANCE = 'What you saved before is kept. Try again in a moment.';
/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5;
