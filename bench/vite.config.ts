/**
 * Builds the app and the benchmark page side by side (same origin, so they share the IndexedDB archive
 * the benchmark loads). The renderer configuration is the app's own, so the app measured is the app
 * shipped.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { rendererConfig } from '../renderer/vite.config.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export default defineConfig({
  ...rendererConfig,
  root,
  base: './',
  logLevel: 'warn',
  build: {
    ...rendererConfig.build,
    outDir: resolve(root, 'out/bench'),
    emptyOutDir: true,
    sourcemap: false,
    rolldownOptions: {
      input: { app: resolve(root, 'renderer/index.html'), bench: resolve(root, 'bench/page/bench.html') },
    },
  },
});
