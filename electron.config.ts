/**
 * electron-vite configuration (passed explicitly with -c, since electron-vite only finds
 * electron.vite.config.* by itself). Main and preload bundle every dependency, so the packaged app
 * needs no node_modules; the preload is CommonJS because sandboxed preloads cannot load ES modules.
 */
import { defineConfig } from 'electron-vite';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rendererConfig } from './renderer/vite.config.ts';

const root = dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  main: {
    build: {
      externalizeDeps: false,
      rolldownOptions: { input: { index: resolve(root, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig,
});
