const NOT_A_FORM = '(not a form)';

/** Every text value of a repeated field; none when the input is not a form. */
export function formAll(form: unknown, name: string): unknown[] {
  return form instanceof FormData ? form.getAll(name) : [];
}

/**
 * A form's own fields as plain strings. Next adds `$ACTION_…` keys to every
 * server-action form; they are not the user's input, so strict schemas must
 * not see them. A file or a repeated field is kept as a marker that fails
 * validation rather than being silently dropped.
 */
export function formFields(form: unknown): Record<string, unknown> {
  // An action is a public endpoint: a client can post any value where the
  // form should be. Hand the schema a field no strict schema accepts, so the
  // action refuses it like any other bad input instead of throwing.
  if (!(form instanceof FormData)) return { [NOT_A_FORM]: form === null ? 'null' : typeof form };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION_')) continue;
    const existing = fields[key];
    if (existing === undefined) fields[key] = value;
    else fields[key] = Array.isArray(existing) ? [...(existing as unknown[]), value] : [existing, value];
  }
  return fields;
}

/**
 * A whole-form post's fields grouped per item: `<field>:<itemId>` (see
 * assessment-fields.ts) becomes `items[itemId][field]`. Anything else is left out.
 */
export function formItems(form: FormData): Record<string, Record<string, string>> {
  const items: Record<string, Record<string, string>> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION_')) continue;
    const [field, itemId] = key.split(':');
    if (!field || !itemId || typeof value !== 'string') continue;
    (items[itemId] ??= {})[field] = value;
  }
  return items;
}
