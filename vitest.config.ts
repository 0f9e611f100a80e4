/**
 * Two test projects: `unit` runs in Node (shared/, electron/ with Electron mocked, the database with
 * fake-indexeddb), `component` renders React in jsdom.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    // Vitest leaves one core to its main process by default, which on these 2-core machines means one
    // test worker; the main process is mostly idle while tests run, so both cores run tests (the unit
    // suite took 222 s with one worker, 155 s with two).
    maxWorkers: '100%',
    // With both cores busy, a React page test on a slow CI machine can pass 5 s; failing tests still fail.
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
