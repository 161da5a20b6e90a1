// The one table of commands: their ids, keys and names (messages of the catalogue's `commands`
// area). The renderer's shortcut handler and its overview (F1) and Electron's application menu
// are all built from it, so a key cannot be shown in one place and handled differently in another.
//
// Keys are written as "Mod+Shift+S": "Mod" is Ctrl, or ⌘ on a Mac (Electron's CmdOrCtrl). A
// letter's Shift and every key's Alt must be as written; Shift is free for other keys ("?"
// needs it on most keyboards, F5 works with or without), unless the table binds the key both
// with and without Shift (F6 and Shift+F6).
import { text, type Text } from '../i18n/text';

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
  | 'next-region'
  | 'previous-region'
  | 'shortcuts';

export interface CommandSpec {
  id: CommandId;
  /** In the overview of shortcuts. */
  label: Text;
  /** In the application menu, where it differs from `label`. */
  menuLabel?: Text;
  /** The keys, the first one shown in the menu. Empty: no key (a menu item only). */
  keys: readonly string[];
  /** A file command: bound to the file actions, which register it at start-up. */
  file?: boolean;
  /** A browser keeps these keys for its own windows and tabs (a page never sees them). */
  browserKeeps?: boolean;
  /** Works while typing in a field (undo is left to the field itself). */
  inFields?: boolean;
}

/** A file command (works while typing: Ctrl+S saves what is in the field). */
function fileCommand(
  id: CommandId,
  label: Text,
  menuLabel: Text | undefined,
  key: string,
  extra: Pick<CommandSpec, 'browserKeeps'> = {},
): CommandSpec {
  return { id, label, menuLabel, keys: [key], file: true, inFields: true, ...extra };
}

export const COMMAND_TABLE: readonly CommandSpec[] = [
  { id: 'undo', label: text('commands.labels.undo'), keys: ['Mod+Z'] },
  { id: 'redo', label: text('commands.labels.redo'), keys: ['Mod+Shift+Z', 'Mod+Y'] },
  { id: 'present', label: text('commands.labels.present'), keys: ['F5'], inFields: true },
  { id: 'leave-presentation', label: text('commands.labels.leavePresentation'), keys: ['Esc'], inFields: true },
  { id: 'history', label: text('commands.labels.history'), keys: ['Mod+H'] },
  { id: 'unit', label: text('commands.labels.unit'), keys: ['Mod+Shift+K'] },
  { id: 'language', label: text('commands.labels.language'), keys: ['Mod+Shift+L'] },
  { id: 'start', label: text('commands.labels.start'), keys: ['Mod+Shift+H'] },
  { id: 'export', label: text('commands.labels.export'), keys: ['Mod+E'] },
  { id: 'next-document', label: text('commands.labels.nextDocument'), keys: ['Mod+Alt+PageDown'] },
  { id: 'previous-document', label: text('commands.labels.previousDocument'), keys: ['Mod+Alt+PageUp'] },
  // The regions of the screen (toolbar, tabs, measures, result, baseline, history), as in most
  // desktop programs; from a text field too.
  { id: 'next-region', label: text('commands.regions.next'), menuLabel: text('commands.regions.nextMenu'), keys: ['F6'], inFields: true },
  { id: 'previous-region', label: text('commands.regions.previous'), menuLabel: text('commands.regions.previousMenu'), keys: ['Shift+F6'], inFields: true },
  { id: 'shortcuts', label: text('commands.labels.shortcuts'), keys: ['F1', 'Shift+?'] },
  { id: 'compare', label: text('commands.labels.compare'), menuLabel: text('commands.menuLabels.compare'), keys: [] },
  fileCommand('new', text('commands.labels.new'), text('commands.menuLabels.new'), 'Mod+N', { browserKeeps: true }),
  fileCommand('open', text('commands.labels.open'), text('commands.menuLabels.open'), 'Mod+O'),
  fileCommand('save', text('commands.labels.save'), undefined, 'Mod+S'),
  fileCommand('saveAs', text('commands.labels.saveAs'), text('commands.menuLabels.saveAs'), 'Mod+Shift+S'),
  fileCommand('duplicate', text('commands.labels.duplicate'), text('commands.menuLabels.duplicate'), 'Mod+Shift+D'),
  fileCommand('close', text('commands.labels.close'), text('commands.menuLabels.close'), 'Mod+W', { browserKeeps: true }),
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

/** Keys other than letters that the table binds both with and without Shift: there Shift counts. */
const SHIFT_COUNTS: ReadonlySet<string> = (() => {
  const bindings = COMMAND_TABLE.flatMap((c) => c.keys).map((k) => k.split('+'));
  const key = (parts: string[]) => parts[parts.length - 1]!;
  const shifted = new Set(bindings.filter((p) => p.includes('Shift')).map(key));
  return new Set(bindings.filter((p) => !p.includes('Shift')).map(key).filter((k) => shifted.has(k)));
})();

/** Whether the key event is the key written as `binding` (see the top of this file). */
export function keyMatches(binding: string, e: KeyboardLike): boolean {
  const parts = binding.split('+');
  const written = parts[parts.length - 1]!;
  const key = KEY_NAMES[written] ?? written;
  const has = (part: string) => parts.slice(0, -1).includes(part);
  const letter = /^[a-z]$/i.test(key);
  if (has('Mod') !== (e.ctrlKey || e.metaKey)) return false;
  if (has('Alt') !== e.altKey) return false;
  if ((letter || SHIFT_COUNTS.has(written)) && has('Shift') !== e.shiftKey) return false;
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
