// A faulty endpoint for the collector tests: a 127.0.0.1 HTTP server that forwards every request to
// the moto server, except the requests `stalls` picks, which it accepts and never answers (as a
// black-holed API does). It counts the stalled requests, so a test can see the SDK's retries.
import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StallingProxy {
  url: string;
  /** Requests accepted and left unanswered so far. */
  stalled(): number;
  close(): Promise<void>;
}

export async function startStallingProxy(
  target: string,
  stalls: (req: IncomingMessage) => boolean,
): Promise<StallingProxy> {
  const upstream = new URL(target);
  let stalled = 0;
  const server = createServer((req, res) => {
    if (stalls(req)) {
      stalled += 1;
      req.resume(); // read the body, answer nothing
      return;
    }
    const forward = request(
      {
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (err) => {
      res.writeHead(502);
      res.end(String(err));
    });
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stalled: () => stalled,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // the stalled requests' sockets too
        server.close(() => resolve());
      }),
  };
}
