import { describe, expect, test } from 'vitest';
import { clientAddress, clientInfo, PEER_ADDRESS_HEADER } from '@/lib/auth/client-info';

const request = (headers: Record<string, string>) => new Headers(headers);

describe('the client address', () => {
  test.each([
    ['no proxy: the socket, whatever X-Forwarded-For claims', { 'x-forwarded-for': '203.0.113.9', [PEER_ADDRESS_HEADER]: '198.51.100.20' }, 0, '198.51.100.20'],
    ['no proxy: X-Real-IP is the client’s word too', { 'x-real-ip': '203.0.113.9', [PEER_ADDRESS_HEADER]: '198.51.100.20' }, 0, '198.51.100.20'],
    ['one proxy: the entry it appended', { 'x-forwarded-for': '203.0.113.9, 192.0.2.7', [PEER_ADDRESS_HEADER]: '10.0.0.2' }, 1, '192.0.2.7'],
    ['two proxies: two hops from the right', { 'x-forwarded-for': '203.0.113.9, 192.0.2.7, 10.0.0.3', [PEER_ADDRESS_HEADER]: '10.0.0.2' }, 2, '192.0.2.7'],
    ['one proxy, but the request bypassed it', { [PEER_ADDRESS_HEADER]: '192.0.2.50' }, 1, '192.0.2.50'],
    ['an IPv4 client on a dual-stack socket', { [PEER_ADDRESS_HEADER]: '::ffff:192.0.2.1' }, 0, '192.0.2.1'],
    ['an IPv6 client', { [PEER_ADDRESS_HEADER]: '2001:db8::1' }, 0, '2001:db8::1'],
  ])('%s', (_, headers, hops, expected) => {
    expect(clientAddress(request(headers), hops)).toBe(expected);
  });

  test('no recorded socket address: unknown, never a forwarded one', () => {
    expect(clientAddress(request({ 'x-forwarded-for': '203.0.113.9' }), 0)).toBeNull();
  });

  test('reads next-auth’s plain header object as it reads Headers', () => {
    const info = clientInfo({ 'x-forwarded-for': '203.0.113.9, 192.0.2.7', [PEER_ADDRESS_HEADER]: '10.0.0.2', 'user-agent': 'curl/8' }, 1);
    expect(info).toEqual({ ip: '192.0.2.7', userAgent: 'curl/8' });
  });
});
