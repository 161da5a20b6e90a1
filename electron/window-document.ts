// The document shown in one window, as far as the main process needs to know it: whether it has
// unsaved changes (the renderer reports this), and the close flow that follows from it. Closing
// the window or quitting with unsaved changes asks Save / Don't save / Cancel in a native dialog,
// in the renderer's language; Save asks the renderer to save (it may need a Save As dialog or a
// conflict answer) and closes only when that succeeded. No `electron` import: main.ts passes
// the window operations in, so tests drive the whole flow.
import { randomUUID } from 'node:crypto';
import type { DocumentState } from '../shared/ipc/contract';
import type { Lang } from '../shared/i18n/languages';
import { catalogue } from '../shared/i18n/text';

export type CloseAnswer = 'save' | 'discard' | 'cancel';

export interface CloseQuestion {
  message: string;
  detail: string;
  /** In this order: Save, Don't save, Cancel. */
  buttons: [string, string, string];
}

/**
 * The close question, after the wording of the platforms' own editors: about the one document
 * with unsaved changes, or about how many there are.
 */
export function closeQuestion(lang: Lang, name: string | null, unsavedCount = 1): CloseQuestion {
  const t = catalogue(lang).commands.dialogs;
  if (unsavedCount > 1) {
    return { message: t.closeMany(unsavedCount), detail: t.closeDetail, buttons: [t.saveAll, t.dontSave, t.cancel] };
  }
  return { message: t.closeOne(name ?? t.untitled), detail: t.closeDetail, buttons: [t.save, t.dontSave, t.cancel] };
}

export interface WindowDocumentDeps {
  /** Shows the question (a native message box); resolves with the answer. */
  ask(question: CloseQuestion): Promise<CloseAnswer>;
  /** Pushes the saveBeforeClose event to the renderer. */
  requestSave(requestId: string): void;
  /** Closes the window for real (the close guard lets it through). */
  close(): void;
  removeBackup(id: string): Promise<void>;
  /** The close was called off (Cancel, or the save did not happen): a quit in progress stops too. */
  cancelled(): void;
}

export class WindowDocument {
  state: DocumentState = { dirty: false, unsavedCount: 0, name: null, handle: null, lang: 'nl', backupIds: [] };
  /** Set once the user chose Don't save: late backups from the closing renderer are ignored. */
  discarded = false;
  private allowClose = false;
  private asking = false;
  private readonly pendingSaves = new Map<string, (saved: boolean) => void>();

  constructor(private readonly deps: WindowDocumentDeps) {}

  update(state: DocumentState): void {
    this.state = state;
  }

  /**
   * The window's 'close' event. Returns true when the close may go ahead; false when it must be
   * prevented (the user is being asked, and the window closes later if the answer allows it).
   */
  onClose(): boolean {
    if (this.allowClose || !this.state.dirty) return true;
    if (!this.asking) void this.decide();
    return false;
  }

  private async decide(): Promise<void> {
    this.asking = true;
    try {
      const answer = await this.deps.ask(closeQuestion(this.state.lang, this.state.name, this.state.unsavedCount));
      if (answer === 'cancel') {
        this.deps.cancelled();
        return;
      }
      if (answer === 'discard') {
        this.discarded = true;
        for (const id of this.state.backupIds) await this.deps.removeBackup(id).catch(() => undefined);
        this.closeNow();
        return;
      }
      const saved = await this.askRendererToSave();
      if (saved) this.closeNow();
      else this.deps.cancelled();
    } finally {
      this.asking = false;
    }
  }

  private askRendererToSave(): Promise<boolean> {
    const requestId = randomUUID();
    return new Promise((resolve) => {
      this.pendingSaves.set(requestId, resolve);
      this.deps.requestSave(requestId);
    });
  }

  /** The renderer's answer to saveBeforeClose. Unknown request ids are ignored. */
  saveDone(requestId: string, saved: boolean): void {
    const resolve = this.pendingSaves.get(requestId);
    if (!resolve) return;
    this.pendingSaves.delete(requestId);
    resolve(saved);
  }

  /**
   * The renderer hangs: a save it was asked for will not come. The close is called off, so that
   * closing again asks again (and Don't save closes).
   */
  rendererUnresponsive(): void {
    for (const resolve of this.pendingSaves.values()) resolve(false);
    this.pendingSaves.clear();
  }

  /**
   * The renderer is gone (crashed, killed): it cannot save any more and its unsaved work is in
   * the backup, which the next start offers. The window may close.
   */
  rendererGone(): void {
    this.allowClose = true;
    for (const resolve of this.pendingSaves.values()) resolve(false);
    this.pendingSaves.clear();
  }

  /** The page was loaded anew: nothing unsaved yet, the close guard as at the start. */
  reset(): void {
    this.state = { ...this.state, dirty: false, unsavedCount: 0, name: null, handle: null, backupIds: [] };
    this.discarded = false;
    this.allowClose = false;
    for (const resolve of this.pendingSaves.values()) resolve(false);
    this.pendingSaves.clear();
  }

  private closeNow(): void {
    this.allowClose = true;
    this.deps.close();
  }
}
