// Kept apart from the content schema so that the rating form can show it without bringing zod to the browser.
export const PARTIAL_SIGNALS_RULE =
  'Choose the highest level whose signals you mostly show, and say in your evidence which of its signals are missing.';
