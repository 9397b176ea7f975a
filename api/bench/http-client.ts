import http from 'node:http';

export interface JsonAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A lean HTTP/1.1 client for the in-process benchmarks: one kept-alive socket, the body read as one
 * string. `fetch` (undici, WHATWG streams, an AbortSignal per call) spent about 0.5 ms of this
 * process's CPU per request, measured with `--cpu-prof` on `bench:requests`: the client's cost, in
 * the same event loop, counted as the server's.
 */
export function jsonPoster(url: string): (body: unknown, headers?: Record<string, string>) => Promise<JsonAnswer> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (body, headers = {}) =>
    new Promise((resolve, reject) => {
      const payload = JSON.stringify(body);
      const request = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
          response.on('error', reject);
        },
      );
      request.on('error', reject);
      request.end(payload);
    });
}
