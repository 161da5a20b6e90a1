// A HandlerContext over a temporary folder, with the native dialogs replaced by answers the test
// sets: what the main process gets from main.ts, minus Electron.
import path from 'node:path';
import type { WebContents } from 'electron';
import { FileHandles } from '../../../electron/file-handles';
import { BackupStore } from '../../../electron/files/backups';
import { RecentFiles } from '../../../electron/files/recent';
import { ScenarioFiles, type ScenarioFilesOptions } from '../../../electron/files/scenario-files';
import type { HandlerContext } from '../../../electron/handlers';
import { WindowDocument } from '../../../electron/window-document';

export interface TestContext extends HandlerContext {
  /** The path the next open dialog answers with (null: cancelled). */
  openAnswer: string | null;
  /** The path the next save dialog answers with (null: cancelled). */
  saveAnswer: string | null;
  /** The default paths the save dialog was shown with. */
  saveDialogDefaults: string[];
  document: WindowDocument;
  recentChanges: number;
}

export function testContext(
  root: string,
  options: { requested?: string | null; samplesDir?: string; files?: ScenarioFilesOptions; handles?: FileHandles } = {},
): TestContext {
  const dataDir = path.join(root, 'user-data');
  const document = new WindowDocument({
    ask: async () => 'cancel',
    requestSave: () => undefined,
    close: () => undefined,
    removeBackup: async () => undefined,
    cancelled: () => undefined,
  });
  const ctx: TestContext = {
    appInfo: () => ({ name: 'Vitale Coalitie Scenarioplanner', version: '0.1.0', platform: 'linux', locale: 'nl-NL' }),
    samplesDir: options.samplesDir ?? path.join(root, 'scenarios'),
    requestedFile: () => options.requested ?? null,
    printToPdf: async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]),
    handles: options.handles ?? new FileHandles(),
    files: new ScenarioFiles(options.files),
    recent: new RecentFiles(path.join(dataDir, 'recent.json')),
    backups: new BackupStore(path.join(dataDir, 'backups')),
    dataDir,
    openAnswer: null,
    saveAnswer: null,
    saveDialogDefaults: [],
    document,
    recentChanges: 0,
    showOpenDialog: async () => ctx.openAnswer,
    showSaveDialog: async (_sender, defaultPath) => {
      ctx.saveDialogDefaults.push(defaultPath);
      return ctx.saveAnswer;
    },
    defaultFolder: () => path.join(root, 'Documents'),
    documentOf: (sender: WebContents | undefined) => (sender ? document : undefined),
    recentChanged: () => {
      ctx.recentChanges += 1;
    },
  };
  return ctx;
}
