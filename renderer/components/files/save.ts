// Saving: Save (in place, when the document has a file) and Save As, one at a time; a file
// changed on disk since it was opened is not overwritten without asking. After a save: the
// saved point, the backup gone (when nothing changed meanwhile), a notice.
import { scenarioFileName } from '../../../shared/files/file-names';
import type { SaveResult } from '../../../shared/ipc/contract';
import type { Scenario } from '../../../shared/scenario/schema';
import { serializeScenario } from '../../../shared/scenario/serialize';
import { inEditableField } from '../../commands/use-shortcuts';
import { activeDocument, currentSeq } from '../../store/documents-slice';
import type { FileBackups } from './backups';
import { type FileContext } from './file-context';
import type { FilePrompts } from './prompts';
import { text } from '../../../shared/i18n/text';

export interface FileSaving {
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
}

/**
 * A field commits what was typed when it loses focus (NumberField, TextField): before saving,
 * let it, so that Ctrl+S while typing saves what is on the screen. Focus comes back after.
 */
async function commitFocusedField(): Promise<() => void> {
  const active = typeof document === 'undefined' ? null : document.activeElement;
  if (!(active instanceof HTMLElement) || !inEditableField(active)) return () => undefined;
  active.blur();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return () => {
    if (active.isConnected) active.focus();
  };
}

export function createSaving(context: FileContext, prompts: FilePrompts, backups: Pick<FileBackups, 'removeBackup'>): FileSaving {
  const { platform, get, now, notify, documentOf } = context;
  let saving: Promise<boolean> | null = null;

  const textToSave = (scenario: Scenario): string => {
    const stamp = now().toISOString();
    return serializeScenario({ ...scenario, createdAt: scenario.createdAt ?? stamp, updatedAt: stamp });
  };

  /** `docId`: the document that was saved, which may no longer be the active tab. */
  const finishSave = async (result: SaveResult, seq: number, docId: string): Promise<boolean> => {
    if (result.kind === 'canceled') return false;
    if (result.kind === 'failed') {
      notify('error', text('files.saveFailedReason', result.name, result.reason));
      return false;
    }
    if (result.kind === 'conflict') return false; // handled by the caller
    get().updateDocument(docId, { savedSeq: seq, fileName: result.name, fileHandle: result.handle });
    if (documentOf(docId)?.dirty === false) await backups.removeBackup(docId);
    const other = result.otherVersion;
    if (other !== undefined) notify('error', text('files.savedOverOther', result.name, other));
    else notify('info', platform.files.saveInPlace ? text('files.saved', result.name) : text('files.downloaded', result.name));
    return true;
  };

  /** Saves, asking Overwrite / Save as / Cancel as long as the file turns out changed on disk. */
  const resolveConflicts = async (first: SaveResult, text: string): Promise<SaveResult | 'saveAs'> => {
    let result = first;
    while (result.kind === 'conflict') {
      const answer = await prompts.askConflict(result.name);
      if (answer === 'cancel') return { kind: 'canceled' };
      if (answer === 'saveAs') return 'saveAs';
      result = await platform.saveFile(result.handle, text, true);
    }
    return result;
  };

  const once = (work: () => Promise<boolean>): Promise<boolean> => {
    if (saving) return saving;
    // The notice of an earlier open or save is about that one: "Opgeslagen" must never stand
    // beside a save still under way (or a conflict still unanswered), or it is read as this
    // save's. The new outcome sets its own notice when it is known.
    get().setNotice(null);
    saving = work().finally(() => {
      saving = null;
    });
    return saving;
  };

  const doSaveAs = async (): Promise<boolean> => {
    const refocus = await commitFocusedField();
    try {
      const doc = activeDocument(get());
      if (!doc) return false;
      const seq = currentSeq(doc);
      const text = textToSave(doc.scenario);
      const suggested = doc.fileName ?? scenarioFileName(doc.scenario.title);
      let result: SaveResult;
      try {
        result = await platform.saveFileAs(text, suggested);
        const resolved = await resolveConflicts(result, text);
        if (resolved === 'saveAs') return doSaveAs();
        result = resolved;
      } catch {
        result = { kind: 'failed', name: suggested, reason: 'failed' };
      }
      return await finishSave(result, seq, doc.id);
    } finally {
      refocus();
    }
  };

  const doSave = async (): Promise<boolean> => {
    const first = activeDocument(get());
    if (!first) return false;
    if (first.fileHandle === null) return doSaveAs();
    const refocus = await commitFocusedField();
    try {
      const doc = activeDocument(get());
      if (!doc || doc.fileHandle === null) return false;
      const seq = currentSeq(doc);
      const text = textToSave(doc.scenario);
      let result: SaveResult;
      try {
        const resolved = await resolveConflicts(await platform.saveFile(doc.fileHandle, text, false), text);
        if (resolved === 'saveAs') {
          refocus();
          return doSaveAs();
        }
        result = resolved;
      } catch {
        result = { kind: 'failed', name: doc.fileName ?? '', reason: 'failed' };
      }
      return await finishSave(result, seq, doc.id);
    } finally {
      refocus();
    }
  };

  return { save: () => once(doSave), saveAs: () => once(doSaveAs) };
}
