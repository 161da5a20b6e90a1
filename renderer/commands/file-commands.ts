// The file commands and their keys, registered into the one command list at start-up (so the
// shortcut overview lists them, and a key cannot exist without being listed). Their ids are
// the menu's command ids: Electron's File menu shows the same keys and sends the same commands.
import type { FileActions } from '../components/files/file-actions';
import type { Command, KeyboardLike } from './commands';

const mod = (e: KeyboardLike) => (e.ctrlKey || e.metaKey) && !e.altKey;
const key = (e: KeyboardLike, k: string) => e.key.toLowerCase() === k;

/**
 * `browser`: a browser keeps Ctrl+N and Ctrl+W for its own windows and tabs (a page never sees
 * them), so New and Close are not offered as keys there; the buttons remain.
 */
export function fileCommands(actions: FileActions, { browser }: { browser: boolean }): Command[] {
  const all: Command[] = [
    {
      id: 'new',
      label: { nl: 'Nieuw scenario', en: 'New scenario' },
      keys: ['Mod+N'],
      matches: (e) => mod(e) && !e.shiftKey && key(e, 'n'),
      run: () => void actions.newScenario(),
      inFields: true,
    },
    {
      id: 'open',
      label: { nl: 'Scenario openen', en: 'Open a scenario' },
      keys: ['Mod+O'],
      matches: (e) => mod(e) && !e.shiftKey && key(e, 'o'),
      run: () => void actions.open(),
      inFields: true,
    },
    {
      id: 'save',
      label: { nl: 'Opslaan', en: 'Save' },
      keys: ['Mod+S'],
      matches: (e) => mod(e) && !e.shiftKey && key(e, 's'),
      run: () => void actions.save(),
      inFields: true,
    },
    {
      id: 'saveAs',
      label: { nl: 'Opslaan als…', en: 'Save as…' },
      keys: ['Mod+Shift+S'],
      matches: (e) => mod(e) && e.shiftKey && key(e, 's'),
      run: () => void actions.saveAs(),
      inFields: true,
    },
    {
      id: 'duplicate',
      label: { nl: 'Variant maken (kopie in een nieuw tabblad)', en: 'Make a variant (a copy in a new tab)' },
      keys: ['Mod+Shift+D'],
      matches: (e) => mod(e) && e.shiftKey && key(e, 'd'),
      run: () => actions.duplicate(),
      inFields: true,
    },
    {
      id: 'close',
      label: { nl: 'Scenario sluiten', en: 'Close the scenario' },
      keys: ['Mod+W'],
      matches: (e) => mod(e) && !e.shiftKey && key(e, 'w'),
      run: () => void actions.close(),
      inFields: true,
    },
  ];
  return browser ? all.filter((c) => c.id !== 'new' && c.id !== 'close') : all;
}

/** Ids of the file commands, for taking them out of the list again. */
export const FILE_COMMAND_IDS = ['new', 'open', 'save', 'saveAs', 'duplicate', 'close'];
