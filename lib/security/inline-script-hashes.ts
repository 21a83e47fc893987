// The CSP source expressions (`sha256-…`) that allow exactly the inline
// scripts of a prerendered page. Pure, so the build step that writes them and
// the tests that check them hash the same way.
import { createHash } from 'node:crypto';

// A script element's text runs raw up to the first `</script`, whatever it
// holds, so a lazy match finds the same body the browser hashes.
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const SRC_ATTRIBUTE = /(?:^|\s)src\s*=/i;

/** The bodies of the inline scripts in `html`, in document order; external ones (`src=`) have none that counts. */
export function inlineScriptBodies(html: string): string[] {
  return [...html.matchAll(SCRIPT_ELEMENT)].filter(([, attributes = '']) => !SRC_ATTRIBUTE.test(attributes)).map(([, , body = '']) => body);
}

/** A browser hashes the script's text as UTF-8, and compares base64 digests. */
export function scriptHash(body: string): string {
  return `sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}`;
}

/** One hash per distinct inline script of `html`, sorted so that the same page gives the same policy. */
export function inlineScriptHashes(html: string): string[] {
  return [...new Set(inlineScriptBodies(html).map(scriptHash))].sort();
}
