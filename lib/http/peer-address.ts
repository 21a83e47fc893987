import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_ADDRESS_HEADER } from '@/lib/auth/client-info';

type RequestStart = { request: IncomingMessage; socket: Socket };

/**
 * Node announces each request on this channel before the server's own
 * handler (Next's) sees it. Next hands route handlers the headers but not the
 * socket, and fills X-Forwarded-For from the socket only when the client sent
 * none; so the socket's address travels in a header of our own, which this
 * overwrites on every request and a client therefore cannot choose.
 */
export function recordPeerAddresses(): void {
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as RequestStart;
    if (socket.remoteAddress) request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress;
    else delete request.headers[PEER_ADDRESS_HEADER];
  });
}
