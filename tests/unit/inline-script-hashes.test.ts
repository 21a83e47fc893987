import { describe, expect, test } from 'vitest';
import { inlineScriptBodies, inlineScriptHashes, scriptHash } from '@/lib/security/inline-script-hashes';

// Digests computed apart from the code under test (`openssl dgst -sha256 -binary | base64`).
const ALERT = 'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI=';
const NON_ASCII = 'sha256-dv0JtpxmHXrDI1gjYAA39VMc738BDF21voU1xCV8A70=';

describe('scriptHash', () => {
  test.each([
    ['alert(1)', ALERT],
    ['self.__next_f.push([1,"é"])', NON_ASCII],
  ])('hashes %j as UTF-8, as a browser does', (body, hash) => {
    expect(scriptHash(body)).toBe(hash);
  });
});

describe('inlineScriptBodies', () => {
  test.each([
    ['a plain inline script', '<script>alert(1)</script>', ['alert(1)']],
    ['attributes before the body', '<script id="x" async="">alert(1)</script>', ['alert(1)']],
    ['an external script, which has no body that counts', '<script src="/_next/static/chunks/a.js" async=""></script>', []],
    ['an attribute that only ends in "src"', '<script data-src="x">alert(1)</script>', ['alert(1)']],
    ['a closing tag with a space before ">"', '<script>alert(1)</script >', ['alert(1)']],
    ['an empty inline script', '<script></script>', ['']],
    ['markup inside a script, up to the first closing tag', '<script>document.write("<b>")</script><p>after</p>', ['document.write("<b>")']],
    ['upper-case tags', '<SCRIPT>alert(1)</SCRIPT>', ['alert(1)']],
    ['several scripts, in document order', '<script>one()</script><div></div><script src="/a.js"></script><script>two()</script>', ['one()', 'two()']],
    ['no script at all', '<p>script</p>', []],
  ])('finds %s', (_case, html, bodies) => {
    expect(inlineScriptBodies(html)).toEqual(bodies);
  });
});

describe('inlineScriptHashes', () => {
  test('gives each distinct inline script once, sorted, and nothing for external ones', () => {
    const html = '<script>self.__next_f.push([1,"é"])</script><script src="/a.js"></script><script>alert(1)</script><script>alert(1)</script>';
    expect(inlineScriptHashes(html)).toEqual([ALERT, NON_ASCII].sort());
  });
});
