// Every action with a keyboard shortcut, in one list: the shortcut handler and the overview
// dialog read it, so a shortcut cannot exist without being listed. The ids, keys and names come
// from the one command table (shared/commands), which Electron's menu reads as well; what a
// command does is bound here.
import { COMMAND_TABLE, commandSpec, keyMatches, type CommandId, type KeyboardLike } from '../../shared/commands/commands';
import { nextLang } from '../../shared/i18n/languages';
import type { Text } from '../../shared/i18n/text';
import type { StoreState } from '../store/store';
import { scenarioOf } from '../store/documents-slice';
import { moveRegion } from '../focus/regions';

export { isMac, keyLabel, type KeyboardLike } from '../../shared/commands/commands';

export interface Command {
  id: CommandId;
  label: Text;
  /** Shown in the overview, e.g. "Ctrl+Z". "Mod" is Ctrl, or ⌘ on a Mac. */
  keys: readonly string[];
  /** Whether the key event triggers this command. */
  matches(e: KeyboardLike): boolean;
  run(store: StoreState): void;
  /** Works while typing in a field (undo is left to the field itself). */
  inFields?: boolean;
}

/** The table's entry for `id`, doing `run`. */
export function boundCommand(id: CommandId, run: (store: StoreState) => void): Command {
  const { label, keys, inFields } = commandSpec(id);
  return { id, label, keys, inFields, run, matches: (e) => keys.some((k) => keyMatches(k, e)) };
}

/** What the commands that are not about files do. */
const actions: Partial<Record<CommandId, (s: StoreState) => void>> = {
  undo: (s) => s.undo(),
  redo: (s) => s.redo(),
  present: (s) => s.setPresenting(!s.presenting),
  'leave-presentation': (s) => {
    if (s.presenting) s.setPresenting(false);
    else if (s.choosing) s.setChoosing(false);
    else if (s.shortcutsOpen) s.setShortcutsOpen(false);
  },
  history: (s) => s.setHistoryOpen(!s.historyOpen),
  unit: (s) => s.setUnit(s.unit === 'euro' ? 'thousand' : 'euro'),
  language: (s) => s.setLang(nextLang(s.lang)),
  start: (s) => s.setView('start'),
  export: (s) => {
    if (scenarioOf(s)) s.setExportOpen(true);
  },
  'next-document': (s) => switchBy(s, 1),
  'previous-document': (s) => switchBy(s, -1),
  'next-region': () => moveRegion(1),
  'previous-region': () => moveRegion(-1),
  shortcuts: (s) => s.setShortcutsOpen(true),
};

export const commands: Command[] = COMMAND_TABLE.filter((c) => !c.file && c.keys.length > 0).map((c) => {
  const run = actions[c.id];
  if (!run) throw new Error(`The command ${c.id} has keys but nothing to do`);
  return boundCommand(c.id, run);
});

/** The tab `step` places to the right (or left), going round. */
function switchBy(s: StoreState, step: number): void {
  const ids = s.documentOrder;
  if (ids.length < 2) return;
  const at = ids.indexOf(s.activeDocumentId ?? '');
  s.switchDocument(ids[(at + step + ids.length) % ids.length]!);
}

/** Commands added by other features (files: Ctrl+S, Ctrl+O…) register here at start-up. */
export function registerCommands(extra: Command[]): void {
  for (const c of extra) {
    const i = commands.findIndex((x) => x.id === c.id);
    if (i >= 0) commands[i] = c;
    else commands.push(c);
  }
}

export function findCommand(e: KeyboardLike): Command | undefined {
  return commands.find((c) => c.matches(e));
}
