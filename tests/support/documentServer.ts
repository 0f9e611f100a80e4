/**
 * Serves a generated document next to the print assets (resources/print and resources/fonts under
 * /print-assets/), as the app does, so tests print exactly what users print. Every request is
 * recorded, so a test can prove printing fetched nothing else.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const RESOURCES = join(import.meta.dirname, '../../resources');
const TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.html': 'text/html; charset=utf-8',
};

export async function startDocumentServer() {
  let document = '';
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    requests.push(path);
    if (path === '/doc.html') {
      response.writeHead(200, { 'content-type': TYPES['.html']! }).end(document);
      return;
    }
    if (path.startsWith('/print-assets/')) {
      const file = normalize(join(RESOURCES, decodeURIComponent(path.slice('/print-assets/'.length))));
      if (file.startsWith(RESOURCES + sep) && existsSync(file) && statSync(file).isFile()) {
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(response);
        return;
      }
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    requests,
    url: `${origin}/doc.html`,
    setDocument(html: string) {
      document = html;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
