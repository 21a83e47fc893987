// The formats a development summary downloads as: one list that the export
// route, the download links and the tests all read, so a new format cannot
// be offered without a renderer (see render.ts) or left out of a test.
export const EXPORT_FORMATS = [
  { key: 'pdf', label: 'PDF', contentType: 'application/pdf' },
  { key: 'csv', label: 'CSV', contentType: 'text/csv; charset=utf-8' },
  { key: 'md', label: 'Markdown', contentType: 'text/markdown; charset=utf-8' },
  { key: 'json', label: 'JSON', contentType: 'application/json; charset=utf-8' },
] as const;

export type ExportFormat = (typeof EXPORT_FORMATS)[number]['key'];

export const EXPORT_FORMAT_KEYS = EXPORT_FORMATS.map((format) => format.key) as [ExportFormat, ...ExportFormat[]];

export function exportFormat(key: ExportFormat) {
  return EXPORT_FORMATS.find((format) => format.key === key)!;
}
