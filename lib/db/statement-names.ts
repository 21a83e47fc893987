import { createHash } from 'node:crypto';

// A named statement is parsed once per connection and then only bound and
// executed; an unnamed one is parsed again every time. Prisma's SQL has a
// bounded set of shapes, so one name per text; past the bound (long IN lists
// of every length, say) a statement stays unnamed, so that neither this map
// nor a connection's statements grow without end.
const MAX_NAMED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

/** For @prisma/adapter-pg's `statementNameGenerator`: the same name for the same SQL, or '' (unnamed). */
export function preparedStatementName({ sql }: { sql: string }): string {
  const known = statementNames.get(sql);
  if (known !== undefined) return known;
  if (statementNames.size >= MAX_NAMED_STATEMENTS) return '';
  const name = `hw_${createHash('sha1').update(sql).digest('base64url')}`;
  statementNames.set(sql, name);
  return name;
}
