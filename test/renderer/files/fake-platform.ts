// An AppPlatform over an in-memory "disk", recording what the renderer asks of it. Dialogs are
// answered by what the test sets (the next file to open, the name Save As picks).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BackupInfo, BackupWrite, DocumentState, MenuCommand, ReadResult, RestoredBackup, SaveResult } from '../../../shared/ipc/contract';
import type { AppPlatform } from '../../../renderer/platform/platform';

export const FIXTURE_TEXT = readFileSync(resolve(__dirname, '../../fixtures/voorbeeld.json'), 'utf8');

export interface DiskFile {
  name: string;
  text: string;
  /** Changed behind the app's back: the next save without overwrite is a conflict. */
  changedOnDisk?: boolean;
  /** Written by another program during the next save: its version kept under this name. */
  writtenDuringSave?: string;
}

export class FakePlatform implements AppPlatform {
  kind: 'browser' | 'electron' = 'electron';
  files = { saveInPlace: true, keepsPrevious: true, recent: true, nativeMenu: true };
  disk = new Map<string, DiskFile>();
  nextOpen: ReadResult = { kind: 'canceled' };
  /** The file Save As writes to (its handle), or null for a cancelled dialog. */
  saveAsTarget: { handle: string; name: string } | null = { handle: 'h-new', name: 'nieuw.vcscenario.json' };
  saveFailure: SaveResult | null = null;
  backups = new Map<string, BackupWrite & { savedAt: string }>();
  states: DocumentState[] = [];
  closeAnswers: [string, boolean][] = [];
  calls: string[] = [];
  private listeners = { menu: new Set<(c: MenuCommand) => void>(), opened: new Set<(r: ReadResult) => void>(), close: new Set<(id: string) => void>() };

  constructor(initial: { name: string; text: string; handle: string | null } | null = null) {
    this.initial = initial;
    if (initial?.handle) this.disk.set(initial.handle, { name: initial.name, text: initial.text });
  }
  private initial: { name: string; text: string; handle: string | null } | null;

  async getInitialScenario() {
    return this.initial;
  }
  async listSamples() {
    return [{ id: 'voorbeeld', title: 'Voorbeeld: korting en verschuiving', description: '' }];
  }
  async readSample(id: string) {
    return { name: `${id}.vcscenario.json`, text: FIXTURE_TEXT, handle: null };
  }
  downloads: [string, string][] = [];
  downloadText(name: string, text: string) {
    this.downloads.push([name, text]);
  }

  async openFile() {
    this.calls.push('openFile');
    return this.nextOpen;
  }
  async openDropped({ file }: { file: File }) {
    this.calls.push(`openDropped:${file.name}`);
    // jsdom's File has no text(): read it the older way.
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(file);
    });
    return { kind: 'opened' as const, file: { name: file.name, text, handle: null } };
  }
  async listRecent() {
    return { files: [{ handle: 'h-recent', name: 'recent.vcscenario.json', folder: 'Werk' }], removed: ['weg.vcscenario.json'] };
  }
  async openRecent(handle: string) {
    this.calls.push(`openRecent:${handle}`);
    const file = this.disk.get(handle);
    return file ? { kind: 'opened' as const, file: { name: file.name, text: file.text, handle } } : { kind: 'failed' as const, name: '?', reason: 'not-found' as const };
  }
  async saveFile(handle: string, text: string, overwrite: boolean): Promise<SaveResult> {
    this.calls.push(`saveFile:${handle}:${overwrite}`);
    if (this.saveFailure) return this.saveFailure;
    const file = this.disk.get(handle);
    if (!file) throw new Error('Unknown file handle: refused');
    if (file.changedOnDisk && !overwrite) return { kind: 'conflict', name: file.name, handle };
    this.disk.set(handle, { name: file.name, text });
    if (file.writtenDuringSave) return { kind: 'saved', handle, name: file.name, otherVersion: file.writtenDuringSave };
    return { kind: 'saved', handle, name: file.name };
  }
  async saveFileAs(text: string, suggestedName: string): Promise<SaveResult> {
    this.calls.push(`saveFileAs:${suggestedName}`);
    if (!this.saveAsTarget) return { kind: 'canceled' };
    this.disk.set(this.saveAsTarget.handle, { name: this.saveAsTarget.name, text });
    return { kind: 'saved', ...this.saveAsTarget };
  }
  async writeBackup(backup: BackupWrite) {
    this.calls.push(`writeBackup:${backup.id}`);
    this.backups.set(backup.id, { ...backup, savedAt: '2025-03-05T14:02:00.000Z' });
  }
  async removeBackup(id: string) {
    this.calls.push(`removeBackup:${id}`);
    this.backups.delete(id);
  }
  async listBackups(): Promise<BackupInfo[]> {
    return [...this.backups.values()].map(({ id, title, name, savedAt }) => ({ id, title, name, savedAt }));
  }
  async restoreBackup(id: string): Promise<RestoredBackup> {
    const backup = this.backups.get(id);
    if (!backup) throw new Error('No such backup');
    return { id, title: backup.title, name: backup.name, savedAt: backup.savedAt, text: backup.text, handle: backup.handle };
  }
  setDocumentState(state: DocumentState) {
    this.states.push(state);
  }
  onMenuCommand(cb: (c: MenuCommand) => void) {
    this.listeners.menu.add(cb);
    return () => void this.listeners.menu.delete(cb);
  }
  onFileOpened(cb: (r: ReadResult) => void) {
    this.listeners.opened.add(cb);
    return () => void this.listeners.opened.delete(cb);
  }
  onSaveBeforeClose(cb: (id: string) => void) {
    this.listeners.close.add(cb);
    return () => void this.listeners.close.delete(cb);
  }
  saveBeforeCloseDone(requestId: string, saved: boolean) {
    this.closeAnswers.push([requestId, saved]);
  }

  // What main would push.
  menu(command: MenuCommand) {
    this.listeners.menu.forEach((cb) => cb(command));
  }
  fileOpened(result: ReadResult) {
    this.listeners.opened.forEach((cb) => cb(result));
  }
  closeRequested(requestId: string) {
    this.listeners.close.forEach((cb) => cb(requestId));
  }
  get lastState(): DocumentState | undefined {
    return this.states.at(-1);
  }
}
