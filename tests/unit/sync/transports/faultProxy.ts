/**
 * A small HTTP proxy in front of a real WebDAV server that breaks one chosen request the way servers and
 * networks do: a 5xx answer (an overloaded Nextcloud, a proxy timing out), or a connection cut after part
 * of an upload has reached the server. Every other request passes through untouched, so the server's own
 * behaviour (404, 409, MOVE) is what the transport sees.
 */
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  /** Answer with this status without passing the request on; the body is read and thrown away. */
  | { kind: 'status'; status: number }
  /** Pass the request on, and cut both connections after this many bytes of its body reached the server. */
  | { kind: 'cut'; afterBytes: number };

interface Planned {
  method: string;
  /** Which matching request fails: 1 = the next one. */
  remaining: number;
  fault: Fault;
}

export interface FaultProxy {
  /** The proxy's root collection, to use as the target's URL. */
  url: string;
  /** Breaks the `nth` next request with this method (1 = the next one). */
  failNext(method: string, fault: Fault, nth?: number): void;
  /** Methods of the requests seen so far, in order (e.g. 'PUT /devices/…'). */
  readonly seen: string[];
  /** How many planned faults have been applied. */
  readonly applied: number;
  close(): Promise<void>;
}

export async function startFaultProxy(upstream: string): Promise<FaultProxy> {
  const target = new URL(upstream);
  const planned: Planned[] = [];
  const seen: string[] = [];
  let applied = 0;

  const server: Server = createServer((incoming, outgoing) => {
    const method = incoming.method ?? 'GET';
    seen.push(`${method} ${incoming.url ?? ''}`);
    const plan = planned.find((p) => p.method === method);
    let fault: Fault | null = null;
    if (plan && --plan.remaining === 0) {
      planned.splice(planned.indexOf(plan), 1);
      fault = plan.fault;
      applied++;
    }
    if (fault?.kind === 'status') {
      const status = fault.status;
      incoming.resume();
      incoming.once('end', () =>
        outgoing.writeHead(status, { 'content-type': 'text/plain' }).end('Injected'),
      );
      return;
    }
    forward(incoming, outgoing, fault?.kind === 'cut' ? fault.afterBytes : null);
  });

  function forward(incoming: IncomingMessage, outgoing: ServerResponse, cutAfter: number | null): void {
    const headers: Record<string, string | string[] | undefined> = { ...incoming.headers, host: target.host };
    // MOVE names its destination by absolute URL; the server only accepts its own host and port there.
    const destination = incoming.headers.destination;
    if (typeof destination === 'string') {
      const moved = new URL(destination);
      moved.host = target.host;
      headers.destination = moved.href;
    }
    const upstreamRequest = request(
      { host: target.hostname, port: target.port, method: incoming.method, path: incoming.url, headers },
      (response) => {
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstreamRequest.on('error', () => outgoing.destroy());
    if (cutAfter === null) {
      incoming.pipe(upstreamRequest);
      return;
    }
    let passed = 0;
    let cut = false;
    incoming.on('data', (chunk: Buffer) => {
      if (cut) return;
      const part = chunk.subarray(0, cutAfter - passed);
      passed += part.byteLength;
      if (passed < cutAfter) {
        upstreamRequest.write(part);
        return;
      }
      cut = true;
      // Once this part has reached the server, both sides see the connection drop mid-body.
      upstreamRequest.write(part, () => {
        upstreamRequest.destroy();
        incoming.socket.destroy();
      });
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    failNext(method, fault, nth = 1) {
      planned.push({ method, remaining: nth, fault });
    },
    seen,
    get applied() {
      return applied;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
