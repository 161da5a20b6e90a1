// The one table of commands: their ids, keys and names in Dutch and English. The renderer's
// shortcut handler and its overview (F1) and Electron's application menu are all built from it,
// so a key cannot be shown in one place and handled differently in another.
//
// Keys are written as "Mod+Shift+S": "Mod" is Ctrl, or ⌘ on a Mac (Electron's CmdOrCtrl). A
// letter's Shift and every key's Alt must be as written; Shift is free for other keys ("?"
// needs it on most keyboards, F5 works with or without).
import type { LocalizedText } from '../scenario/problems';

export type CommandId =
  | 'new'
  | 'open'
  | 'save'
  | 'saveAs'
  | 'duplicate'
  | 'export'
  | 'close'
  | 'compare'
  | 'undo'
  | 'redo'
  | 'present'
  | 'leave-presentation'
  | 'history'
  | 'unit'
  | 'language'
  | 'start'
  | 'next-document'
  | 'previous-document'
  | 'shortcuts';

export interface CommandSpec {
  id: CommandId;
  /** In the overview of shortcuts. */
  label: LocalizedText;
  /** In the application menu, where it differs from `label`. */
  menuLabel?: LocalizedText;
  /** The keys, the first one shown in the menu. Empty: no key (a menu item only). */
  keys: readonly string[];
  /** A file command: bound to the file actions, which register it at start-up. */
  file?: boolean;
  /** A browser keeps these keys for its own windows and tabs (a page never sees them). */
  browserKeeps?: boolean;
  /** Works while typing in a field (undo is left to the field itself). */
  inFields?: boolean;
}

/** A file command (works while typing: Ctrl+S saves what is in the field). Names: [Dutch, English]. */
function fileCommand(
  id: CommandId,
  [nl, en]: [string, string],
  menu: [string, string] | null,
  key: string,
  extra: Pick<CommandSpec, 'browserKeeps'> = {},
): CommandSpec {
  const menuLabel = menu === null ? undefined : { nl: menu[0], en: menu[1] };
  return { id, label: { nl, en }, menuLabel, keys: [key], file: true, inFields: true, ...extra };
}

export const COMMAND_TABLE: readonly CommandSpec[] = [
  { id: 'undo', label: { nl: 'Ongedaan maken', en: 'Undo' }, keys: ['Mod+Z'] },
  { id: 'redo', label: { nl: 'Opnieuw', en: 'Redo' }, keys: ['Mod+Shift+Z', 'Mod+Y'] },
  { id: 'present', label: { nl: 'Presentatiemodus aan/uit', en: 'Presentation mode on/off' }, keys: ['F5'], inFields: true },
  { id: 'leave-presentation', label: { nl: 'Presentatiemodus verlaten', en: 'Leave presentation mode' }, keys: ['Esc'], inFields: true },
  { id: 'history', label: { nl: 'Geschiedenis tonen/verbergen', en: 'Show/hide history' }, keys: ['Mod+H'] },
  { id: 'unit', label: { nl: 'Euro’s ⇄ × € 1.000', en: 'Euros ⇄ × €1,000' }, keys: ['Mod+Shift+K'] },
  { id: 'language', label: { nl: 'Nederlands ⇄ English', en: 'Dutch ⇄ English' }, keys: ['Mod+Shift+L'] },
  { id: 'start', label: { nl: 'Startscherm', en: 'Start screen' }, keys: ['Mod+Shift+H'] },
  { id: 'export', label: { nl: 'Exporteren…', en: 'Export…' }, keys: ['Mod+E'] },
  { id: 'next-document', label: { nl: 'Volgend tabblad', en: 'Next tab' }, keys: ['Mod+Alt+PageDown'] },
  { id: 'previous-document', label: { nl: 'Vorig tabblad', en: 'Previous tab' }, keys: ['Mod+Alt+PageUp'] },
  { id: 'shortcuts', label: { nl: 'Sneltoetsen tonen', en: 'Show keyboard shortcuts' }, keys: ['F1', 'Shift+?'] },
  {
    id: 'compare',
    label: { nl: 'Scenario’s vergelijken', en: 'Compare scenarios' },
    menuLabel: { nl: 'Scenario’s vergelijken', en: 'Compare Scenarios' },
    keys: [],
  },
  fileCommand('new', ['Nieuw scenario', 'New scenario'], ['Nieuw', 'New'], 'Mod+N', { browserKeeps: true }),
  fileCommand('open', ['Scenario openen', 'Open a scenario'], ['Openen…', 'Open…'], 'Mod+O'),
  fileCommand('save', ['Opslaan', 'Save'], null, 'Mod+S'),
  fileCommand('saveAs', ['Opslaan als…', 'Save as…'], ['Opslaan als…', 'Save As…'], 'Mod+Shift+S'),
  fileCommand('duplicate', ['Variant maken (kopie in een nieuw tabblad)', 'Make a variant (a copy in a new tab)'], ['Variant maken', 'Make a Variant'], 'Mod+Shift+D'),
  fileCommand('close', ['Scenario sluiten', 'Close the scenario'], ['Sluiten', 'Close'], 'Mod+W', { browserKeeps: true }),
];

export function commandSpec(id: CommandId): CommandSpec {
  const spec = COMMAND_TABLE.find((c) => c.id === id);
  if (!spec) throw new Error(`No command ${id} in the table`);
  return spec;
}

/** What a key event is made of (a DOM KeyboardEvent is one). */
export interface KeyboardLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const KEY_NAMES: Record<string, string> = { Esc: 'Escape' };

/** Whether the key event is the key written as `binding` (see the top of this file). */
export function keyMatches(binding: string, e: KeyboardLike): boolean {
  const parts = binding.split('+');
  const key = KEY_NAMES[parts[parts.length - 1]!] ?? parts[parts.length - 1]!;
  const has = (part: string) => parts.slice(0, -1).includes(part);
  const letter = /^[a-z]$/i.test(key);
  if (has('Mod') !== (e.ctrlKey || e.metaKey)) return false;
  if (has('Alt') !== e.altKey) return false;
  if (letter && has('Shift') !== e.shiftKey) return false;
  return letter ? e.key.toLowerCase() === key.toLowerCase() : e.key === key;
}

/** The key as Electron's menu writes it ("Mod+Shift+S" → "CmdOrCtrl+Shift+S"). */
export function accelerator(binding: string): string {
  return binding.replace(/^Mod\+/, 'CmdOrCtrl+');
}

/** The key as the overview shows it on this platform ("Mod+Z" → "Ctrl+Z", or "⌘+Z" on a Mac). */
export function keyLabel(binding: string, mac: boolean): string {
  return binding.replace('Mod', mac ? '⌘' : 'Ctrl');
}

export function isMac(platform: string): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}
