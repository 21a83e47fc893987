/** The signed-in person, as every data-access function receives them. */
export type SessionUser = { id: string; email: string; name: string | null };
