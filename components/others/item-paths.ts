/** Where an item's row stands in the others' view table: the overview's lists and the item page's way back lead there. */
export const itemAnchor = (key: string) => `item-${key}`;

/** One item's own page: every level, what each person said about it, and the agreed level's form. */
export const itemPath = (assessmentId: string, key: string) => `/assessments/${assessmentId}/others/view/${key}`;
