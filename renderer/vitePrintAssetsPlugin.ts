/**
 * Puts the print stylesheets and the bundled document fonts (resources/print, resources/fonts) into the
 * build under print-assets/, and serves them there in development. Documents link to them by that path,
 * in the desktop app (app://liaison/print-assets/…) and in web mode alike.
 */
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';

const FOLDERS = ['print', 'fonts'] as const;
const TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.woff2': 'font/woff2' };

export function printAssetsPlugin(resourcesDir: string): Plugin {
  const files = () =>
    FOLDERS.flatMap((folder) =>
      readdirSync(join(resourcesDir, folder))
        .filter((name) => name.endsWith('.css') || name.endsWith('.woff2'))
        .map((name) => ({ folder, name })),
    );
  return {
    name: 'liaison:print-assets',
    configureServer(server) {
      server.middlewares.use('/print-assets/', (request, response, next) => {
        const path = normalize(
          join(resourcesDir, decodeURIComponent((request.url ?? '').split('?')[0] ?? '')),
        );
        if (!path.startsWith(resourcesDir + sep) || !existsSync(path) || !statSync(path).isFile())
          return next();
        response.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
        createReadStream(path).pipe(response);
      });
    },
    generateBundle() {
      for (const { folder, name } of files()) {
        this.emitFile({
          type: 'asset',
          fileName: `print-assets/${folder}/${name}`,
          source: readFileSync(join(resourcesDir, folder, name)),
        });
      }
    },
  };
}
