// The questions file handling asks (one at a time; the dialogs show them): unsaved changes, and
// a file that changed on disk since it was opened.
import type { ConflictAnswer, FilePrompt, UnsavedAnswer } from '../../store/files-slice';
import type { FileContext } from './file-context';

export interface FilePrompts {
  askUnsaved(name: string): Promise<UnsavedAnswer>;
  askConflict(name: string): Promise<ConflictAnswer>;
}

export function createPrompts({ get }: FileContext): FilePrompts {
  /** Shows the question; the answer closes it. */
  const ask = <A>(kind: 'unsaved' | 'conflict', name: string) =>
    new Promise<A>((resolve) => {
      get().ask({
        kind,
        name,
        answer: (choice: A) => {
          get().ask(null);
          resolve(choice);
        },
      } as FilePrompt);
    });
  return {
    askUnsaved: (name) => {
      // A question still open (a second close) is answered Cancel: one question at a time.
      get().prompt?.answer('cancel');
      return ask<UnsavedAnswer>('unsaved', name);
    },
    askConflict: (name) => ask<ConflictAnswer>('conflict', name),
  };
}
