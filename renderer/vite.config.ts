/**
 * The one renderer build configuration. electron-vite imports `rendererConfig` for the desktop build;
 * the default export adds what plain Vite needs for web mode (`npm run web`, and the e2e tests), so the
 * two builds cannot drift apart.
 */
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { cspPlugin } from './viteCspPlugin.ts';
import { printAssetsPlugin } from './vitePrintAssetsPlugin.ts';

// import.meta.url (not .dirname) because config bundlers rewrite only the former to the source path.
const rendererRoot = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(rendererRoot, '..');
const pkg = JSON.parse(readFileSync(resolve(projectRoot, 'package.json'), 'utf8')) as { version: string };

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  publicDir: false,
  plugins: [react(), cspPlugin(), printAssetsPlugin(resolve(projectRoot, 'resources'))],
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  worker: { format: 'es' },
  build: {
    target: 'chrome130',
    sourcemap: true,
    rolldownOptions: { input: resolve(rendererRoot, 'index.html') },
  },
};

export default defineConfig({
  ...rendererConfig,
  base: './',
  // LIAISON_WEB_OUT_DIR lets parallel test runs build into separate folders.
  build: {
    ...rendererConfig.build,
    outDir: resolve(projectRoot, process.env['LIAISON_WEB_OUT_DIR'] ?? 'out/web'),
    emptyOutDir: true,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  clearScreen: false,
});
