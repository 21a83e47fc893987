/** A share link as its owner sees it in the list of links to a summary; never its token. */
export type ShareLinkRow = { id: string; label: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null };
