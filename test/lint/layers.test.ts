// The layering of DEVELOPERS.md ("Layers") cannot rot silently: the lint rule rejects a forbidden import
// in each layer, allows what each layer may use, and the whole tree is clean.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

jest.setTimeout(180_000);

const root = resolve(__dirname, '../..');

const forbidden: [string, string][] = [
  ["import 'electron';", 'renderer/deliberate.ts'],
  ["import { readFileSync } from 'node:fs';\nreadFileSync;", 'renderer/deliberate.ts'],
  ["import { app } from 'electron';\napp;", 'shared/deliberate.ts'],
  ["import { join } from 'path';\njoin;", 'shared/deliberate.ts'],
  ["import { useState } from 'react';\nuseState;", 'shared/deliberate.ts'],
  ["import { App } from '../renderer/App';\nApp;", 'shared/deliberate.ts'],
  ['export const w = window.innerWidth;', 'shared/deliberate.ts'],
  ["import { ipcMain } from 'electron';\nipcMain;", 'cli/deliberate.ts'],
  ["import { App } from '../renderer/App';\nApp;", 'electron/deliberate.ts'],
  ["import { app } from 'electron';\napp;", 'node/deliberate.ts'],
  ["import { ipcMain } from '../electron/ipc';\nipcMain;", 'node/deliberate.ts'],
  ["import { main } from '../cli/main';\nmain;", 'node/deliberate.ts'],
  ["import { useState } from 'react';\nuseState;", 'node/deliberate.ts'],
  ["import { writeFileAtomic } from '../node/atomic-write';\nwriteFileAtomic;", 'shared/deliberate.ts'],
  ["import { writeFileAtomic } from '../node/atomic-write';\nwriteFileAtomic;", 'renderer/deliberate.ts'],
];
const allowed: [string, string][] = [
  ["import { z } from 'zod';\nz;", 'shared/deliberate.ts'],
  ["import { useState } from 'react';\nuseState;", 'renderer/deliberate.ts'],
  ["import { app } from 'electron';\napp;", 'electron/deliberate.ts'],
  ["import { readFileSync } from 'node:fs';\nreadFileSync;", 'cli/deliberate.ts'],
  ["import { readFileSync } from 'node:fs';\nreadFileSync;", 'node/deliberate.ts'],
  ["import { z } from 'zod';\nz;", 'node/deliberate.ts'],
  ["import { parseScenarioText } from '../shared/scenario/parse';\nparseScenarioText;", 'node/deliberate.ts'],
  ["import { writeFileAtomic } from '../node/atomic-write';\nwriteFileAtomic;", 'electron/deliberate.ts'],
  ["import { writeFileAtomic } from '../node/atomic-write';\nwriteFileAtomic;", 'cli/deliberate.ts'],
];

let found: { snippets: string[][]; tree: string[] };
beforeAll(() => {
  const input = JSON.stringify({
    snippets: [...forbidden, ...allowed].map(([code, file]) => ({ code, file })),
    tree: ['shared', 'renderer', 'node', 'electron', 'cli', 'scripts', 'test', 'bench'],
  });
  found = JSON.parse(execFileSync(process.execPath, [resolve(__dirname, 'lint-runner.mjs')], { cwd: root, input, maxBuffer: 64 << 20 }).toString());
});

describe('layer rule', () => {
  it.each(forbidden.map((f, i) => [...f, i] as const))('rejects %j in %s', (_code, _file, i) => {
    expect(found.snippets[i]!.length).toBeGreaterThan(0);
  });
  it.each(allowed.map((f, i) => [...f, forbidden.length + i] as const))('allows %j in %s', (_code, _file, i) => {
    expect(found.snippets[i]).toEqual([]);
  });
  it('the whole tree passes lint', () => {
    expect(found.tree).toEqual([]);
  });
});
