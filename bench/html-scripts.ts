// Reads which scripts a served page loads, and recognises the recharts chunk.
// Pure: the caller fetches the HTML and the chunks.

/**
 * Every distinct external script of an HTML document that a current browser
 * loads, in document order, as absolute URLs. A `nomodule` script (Next's
 * polyfills for browsers without ES modules) is skipped by every browser that
 * runs modules, so it costs their visitors nothing.
 */
export function listScriptSources(html: string, pageUrl: string): string[] {
  const sources: string[] = [];
  // Whole elements, so that text inside an inline script is never read as a tag.
  for (const element of html.matchAll(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi)) {
    const attributes = element[1] ?? '';
    if (/(?:^|\s)nomodule(?:[\s=]|$)/i.test(attributes)) continue;
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attributes);
    const raw = decodeAttribute(src?.[1] ?? src?.[2] ?? src?.[3] ?? '');
    if (raw === '') continue;
    const url = new URL(raw, pageUrl).toString();
    if (!sources.includes(url)) sources.push(url);
  }
  return sources;
}

function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
}

// recharts names its elements with `recharts-…` classes. They are string
// literals, so minification keeps them; two different ones mark a chunk of
// recharts' own code (its main chunk, or one split off for one chart type).
export function isRechartsChunk(source: string): boolean {
  return new Set(source.match(/\brecharts-[a-z][a-z-]*/g)).size >= 2;
}

/** The scripts that every one of the pages loads: the framework runtime. */
export function commonScripts(pages: readonly (readonly string[])[]): string[] {
  const [first, ...rest] = pages;
  if (!first) return [];
  return first.filter((script) => rest.every((page) => page.includes(script)));
}
