/**
 * Shows that the layer rules of eslint.config.js catch real violations (and accept clean code), so a
 * broken boundary fails `npm test` instead of slipping through.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: join(import.meta.dirname, '../..') });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('layer boundaries', () => {
  it.each([
    ['shared/rules/x.ts', "import { app } from 'electron';\nexport const v = app;\n"],
    ['shared/rules/x.ts', "import { useState } from 'react';\nexport const v = useState;\n"],
    ['shared/rules/x.ts', "import Dexie from 'dexie';\nexport const v = Dexie;\n"],
    ['shared/rules/x.ts', "import { readFile } from 'node:fs/promises';\nexport const v = readFile;\n"],
    [
      'shared/rules/x.ts',
      "import { platform } from '../../renderer/src/platform/hostPlatform';\nexport const v = platform;\n",
    ],
    [
      'renderer/src/x.ts',
      "import { writeFileAtomic } from '../../electron/main/files/writeFileAtomic';\nexport const v = writeFileAtomic;\n",
    ],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const v = ipcRenderer;\n"],
    ['electron/main/x.ts', "import { App } from '../../renderer/src/app/App';\nexport const v = App;\n"],
    ['renderer/src/meetings/x.ts', "import Dexie from 'dexie';\nexport const v = Dexie;\n"],
  ])('rejects a forbidden import in %s', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-imports');
  });

  it.each([
    ['shared/rules/x.ts', 'export const width = window.innerWidth;\n'],
    ['shared/rules/x.ts', "export const t = document.title + localStorage.getItem('k');\n"],
    ['shared/rules/x.ts', 'export const db = indexedDB;\n'],
  ])('rejects DOM globals in %s', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toContain('no-restricted-globals');
  });

  it('accepts a clean module in each layer', async () => {
    expect(
      await ruleIds('shared/rules/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"),
    ).toEqual([]);
    expect(
      await ruleIds('renderer/src/x.ts', "import { z } from 'zod';\nexport const s = z.string();\n"),
    ).toEqual([]);
    expect(
      await ruleIds(
        'electron/main/x.ts',
        "import { checkExternalUrl } from '../../shared/security/checkExternalUrl';\nexport const c = checkExternalUrl;\n",
      ),
    ).toEqual([]);
  });
});
