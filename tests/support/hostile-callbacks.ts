// callbackUrl values an attacker puts in a sign-in link, as the page receives
// them (query strings decoded once). Shared by the unit rules, the server's
// redirect over HTTP and the browser after signing in.
export const HOSTILE_CALLBACKS = [
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/ \t/evil.example',
  '/\\evil.example',
  '/\\/evil.example',
  '\\\\evil.example',
  '//evil.example',
  '///evil.example',
  '/\t\t//evil.example',
  'https://evil.example/',
  'https:evil.example',
  'javascript:alert(1)',
  '/\u3002evil.example',
  '/%2F%2Fevil.example',
  '/\u0000/evil.example',
  '/\u007f/evil.example',
  '/%',
  ' /evil.example',
  '',
];
