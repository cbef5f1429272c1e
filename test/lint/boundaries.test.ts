import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });

const RULE = 'local/import-boundaries';

async function boundaryMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE || m.fatal).map((m) => m.message);
}

type Case = [file: string, code: string];
/** A bad import, and what its message must say: the rule it breaks and where the import lands. */
type BadCase = [file: string, code: string, says: string];

const bad: BadCase[] = [
  // renderer/ → renderer/ and shared/ only
  ['renderer/src/bad.tsx', "import { ipcRenderer } from 'electron';", "renderer/ may not import 'electron'"],
  ['renderer/src/bad.tsx', "import type { IpcRenderer } from 'electron';", "renderer/ may not import 'electron'"],
  ['renderer/src/bad.tsx', "import { readFileSync } from 'node:fs';", "renderer/ may not import Node built-ins ('node:fs')"],
  ['renderer/src/bad.tsx', "import fs from 'fs';", "renderer/ may not import Node built-ins ('fs')"],
  ['renderer/src/bad.tsx', "import path from 'path';", "renderer/ may not import Node built-ins ('path')"],
  ['renderer/src/bad.tsx', "import { randomUUID } from 'crypto';", "renderer/ may not import Node built-ins ('crypto')"],
  ['renderer/src/bad.tsx', "import { readFile } from 'fs/promises';", "renderer/ may not import Node built-ins ('fs/promises')"],
  ['renderer/src/bad.tsx', "import Database from 'better-sqlite3';", "renderer/ may not import 'better-sqlite3'"],
  ['renderer/src/bad.tsx', "import { eq } from 'drizzle-orm';", "renderer/ may not import 'drizzle-orm'"],
  ['renderer/src/bad.tsx', "import { createRouter } from '../../electron/ipc/router';", "('../../electron/ipc/router' is in electron/)"],
  ['renderer/src/bad.tsx', "import { openEncryptedDatabase } from '../../db/connection';", "('../../db/connection' is in db/)"],
  ['renderer/src/screens/bad.tsx', "export { x } from '../../../db/schema';", "('../../../db/schema' is in db/)"],
  ['renderer/src/bad.tsx', "const m = await import('../../electron/security');", "('../../electron/security' is in electron/)"],
  ['renderer/src/bad.tsx', "const fs = require('fs');", "renderer/ may not import Node built-ins ('fs')"],
  // shared/ → zod, date-fns and shared/ only
  ['shared/bad.ts', "import { readFileSync } from 'node:fs';", "shared/ may import only zod and date-fns ('node:fs')"],
  ['shared/bad.ts', "import React from 'react';", "shared/ may import only zod and date-fns ('react')"],
  ['shared/ipc/bad.ts', "import { ServiceError } from '../../electron/services/service-error';", "('../../electron/services/service-error' leaves shared/)"],
  ['shared/ipc/bad.ts', "import { users } from '../../db/schema';", "('../../db/schema' leaves shared/)"],
  ['shared/bad.ts', "import { App } from '../renderer/src/App';", "Only renderer/ may import renderer/ code ('../renderer/src/App')"],
  ['shared/bad.ts', "import { z } from 'zod-mini';", "shared/ may import only zod and date-fns ('zod-mini')"],
  // db/ → never electron
  ['db/bad.ts', "import { app } from 'electron';", "db/ may not import 'electron'"],
  ['db/bad.ts', "import { ServiceError } from '../electron/services/service-error';", "db/ may not import electron/ code ('../electron/services/service-error')"],
  ['db/bad.ts', "import { App } from '../renderer/src/App';", "Only renderer/ may import renderer/ code ('../renderer/src/App')"],
  // electron/services and electron/xlsx (and any non-entry file) never import 'electron'
  ['electron/services/bad.ts', "import { app } from 'electron';", "Only electron/main.ts, preload.ts and window.ts may import 'electron' (electron/services/bad.ts"],
  ['electron/services/bad.ts', "import { dialog } from 'electron/main';", "may import 'electron' (electron/services/bad.ts"],
  ['electron/xlsx/bad.ts', "import { shell } from 'electron';", "may import 'electron' (electron/xlsx/bad.ts"],
  ['electron/ipc/bad.ts', "import { ipcMain } from 'electron';", "may import 'electron' (electron/ipc/bad.ts"],
  ['electron/security.ts', "import { session } from 'electron';", "may import 'electron' (electron/security.ts"],
  // nothing outside renderer/ imports renderer/
  ['electron/bad.ts', "import { App } from '../renderer/src/App';", "Only renderer/ may import renderer/ code ('../renderer/src/App')"],
  ['build/scripts/bad.mjs', "import x from '../../renderer/src/theme.js';", "Only renderer/ may import renderer/ code ('../../renderer/src/theme.js')"],
];

const good: Case[] = [
  ['renderer/src/good.tsx', "import { channels } from '../../shared/ipc/contract';"],
  ['renderer/src/screens/good.tsx', "import { Button } from '@mui/material';\nimport { useState } from 'react';\nimport { Other } from './Other';\nimport { theme } from '../theme';"],
  ['renderer/src/good.tsx', "import { format } from 'date-fns';\nimport type { IpsDeskBridge } from '../../shared/ipc/bridge';"],
  ['renderer/vite.config.ts', "import path from 'node:path';\nimport { defineConfig } from 'vite';"],
  ['shared/good.ts', "import { z } from 'zod';\nimport { format } from 'date-fns';\nimport { enGB } from 'date-fns/locale';\nimport { x } from './period';"],
  ['shared/ipc/good.ts', "import { vaultChannels } from './vault';\nimport { caseloadStatusSchema } from '../caseload';"],
  ['db/good.ts', "import Database from 'better-sqlite3';\nimport { join } from 'node:path';\nimport type { VaultStatus } from '../shared/ipc/vault';"],
  ['electron/main.ts', "import { app } from 'electron';\nimport { createRouter } from './ipc/router';"],
  ['electron/preload.ts', "import { contextBridge, ipcRenderer } from 'electron';"],
  ['electron/window.ts', "import { BrowserWindow } from 'electron';"],
  ['electron/services/good.ts', "import { readFile } from 'node:fs/promises';\nimport { openTeamDatabase } from '../../db/team-database';\nimport { channels } from '../../shared/ipc/contract';"],
  ['electron/xlsx/good.ts', "import ExcelJS from 'exceljs';"],
  ['test/renderer/good.test.tsx', "import { App } from '../../renderer/src/App';\nimport { app } from 'electron';"],
];

describe('lint: import boundaries', () => {
  it.each(bad)('%s: flags %s', async (file, code, says) => {
    const messages = await boundaryMessages(file, code);
    expect(messages).toEqual([expect.stringContaining(says)]);
  });

  it.each(good)('%s: allows %s', async (file, code) => {
    expect(await boundaryMessages(file, code)).toEqual([]);
  });

  it('explains the rule in the message', async () => {
    const [message] = await boundaryMessages('renderer/src/bad.tsx', "import { ipcRenderer } from 'electron';");
    expect(message).toMatch(/window\.ipsDesk/);
  });

  it('lints nothing in build output or caches', async () => {
    for (const ignored of ['dist/electron/main.cjs', 'release/x.js', '.cache/electron-native/x.js', 'node_modules/x/index.js']) {
      expect(await eslint.isPathIgnored(path.join(root, ignored)), ignored).toBe(true);
    }
  });
});
