/**
 * A form's own fields as plain strings. Next adds `$ACTION_…` keys to every
 * server-action form; they are not the user's input, so strict schemas must
 * not see them. A file or a repeated field is kept as a marker that fails
 * validation rather than being silently dropped.
 */
export function formFields(form: FormData): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION_')) continue;
    const existing = fields[key];
    if (existing === undefined) fields[key] = value;
    else fields[key] = Array.isArray(existing) ? [...(existing as unknown[]), value] : [existing, value];
  }
  return fields;
}
