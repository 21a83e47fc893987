// Turbopack's workspace root is the repository (where next is installed), and
// a project without an instrumentation file of its own is given the root's:
// Headway's, which starts the email worker and opens the database. This empty
// hook keeps the bare app bare.
export function register() {}
