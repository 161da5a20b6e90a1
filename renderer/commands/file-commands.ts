// The file commands, registered into the one command list at start-up (so the shortcut overview
// lists them, and a key cannot exist without being listed). Their ids, keys and names are the
// command table's (shared/commands), which Electron's File menu reads too: the menu shows the
// same keys and sends the same commands.
import { COMMAND_TABLE, type CommandId } from '../../shared/commands/commands';
import type { FileActions } from '../components/files/file-actions';
import { boundCommand, type Command } from './commands';

/**
 * `browser`: a browser keeps Ctrl+N and Ctrl+W for its own windows and tabs (a page never sees
 * them), so New and Close are not offered as keys there; the buttons remain.
 */
export function fileCommands(actions: FileActions, { browser }: { browser: boolean }): Command[] {
  const run: Partial<Record<CommandId, () => void>> = {
    new: () => void actions.newScenario(),
    open: () => void actions.open(),
    save: () => void actions.save(),
    saveAs: () => void actions.saveAs(),
    duplicate: () => actions.duplicate(),
    close: () => void actions.close(),
  };
  return COMMAND_TABLE.filter((c) => c.file && !(browser && c.browserKeeps)).map((c) => {
    const action = run[c.id];
    if (!action) throw new Error(`The file command ${c.id} has nothing to do`);
    return boundCommand(c.id, action);
  });
}

/** Ids of the file commands, for taking them out of the list again. */
export const FILE_COMMAND_IDS: readonly CommandId[] = COMMAND_TABLE.filter((c) => c.file).map((c) => c.id);
