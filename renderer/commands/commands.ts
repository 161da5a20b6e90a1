// Every action with a keyboard shortcut, in one list: the shortcut handler, the overview
// dialog (and later the menus) all read it, so a shortcut cannot exist without being listed.
import type { LocalizedText } from '../../shared/scenario/problems';
import type { StoreState } from '../store/store';
import { scenarioOf } from '../store/documents-slice';

export interface Command {
  id: string;
  label: LocalizedText;
  /** Shown in the overview, e.g. "Ctrl+Z". "Mod" is Ctrl, or ⌘ on a Mac. */
  keys: string[];
  /** Whether the key event triggers this command. */
  matches(e: KeyboardLike): boolean;
  run(store: StoreState): void;
  /** Works while typing in a field (undo is left to the field itself). */
  inFields?: boolean;
}

export interface KeyboardLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const mod = (e: KeyboardLike) => e.ctrlKey || e.metaKey;
const plain = (e: KeyboardLike) => !e.ctrlKey && !e.metaKey && !e.altKey;

export const commands: Command[] = [
  {
    id: 'undo',
    label: { nl: 'Ongedaan maken', en: 'Undo' },
    keys: ['Mod+Z'],
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'z',
    run: (s) => s.undo(),
  },
  {
    id: 'redo',
    label: { nl: 'Opnieuw', en: 'Redo' },
    keys: ['Mod+Shift+Z', 'Mod+Y'],
    matches: (e) => mod(e) && ((e.shiftKey && e.key.toLowerCase() === 'z') || (!e.shiftKey && e.key.toLowerCase() === 'y')),
    run: (s) => s.redo(),
  },
  {
    id: 'present',
    label: { nl: 'Presentatiemodus aan/uit', en: 'Presentation mode on/off' },
    keys: ['F5'],
    matches: (e) => plain(e) && e.key === 'F5',
    run: (s) => s.setPresenting(!s.presenting),
    inFields: true,
  },
  {
    id: 'leave-presentation',
    label: { nl: 'Presentatiemodus verlaten', en: 'Leave presentation mode' },
    keys: ['Esc'],
    matches: (e) => plain(e) && e.key === 'Escape',
    run: (s) => {
      if (s.presenting) s.setPresenting(false);
      else if (s.shortcutsOpen) s.setShortcutsOpen(false);
    },
    inFields: true,
  },
  {
    id: 'history',
    label: { nl: 'Geschiedenis tonen/verbergen', en: 'Show/hide history' },
    keys: ['Mod+H'],
    matches: (e) => mod(e) && !e.shiftKey && e.key.toLowerCase() === 'h',
    run: (s) => s.setHistoryOpen(!s.historyOpen),
  },
  {
    id: 'unit',
    label: { nl: 'Euro’s ⇄ × € 1.000', en: 'Euros ⇄ × €1,000' },
    keys: ['Mod+Shift+K'],
    matches: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'k',
    run: (s) => s.setUnit(s.unit === 'euro' ? 'thousand' : 'euro'),
  },
  {
    id: 'language',
    label: { nl: 'Nederlands ⇄ English', en: 'Dutch ⇄ English' },
    keys: ['Mod+Shift+L'],
    matches: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'l',
    run: (s) => s.setLang(s.lang === 'nl' ? 'en' : 'nl'),
  },
  {
    id: 'start',
    label: { nl: 'Startscherm', en: 'Start screen' },
    keys: ['Mod+Shift+H'],
    matches: (e) => mod(e) && e.shiftKey && e.key.toLowerCase() === 'h',
    run: (s) => s.setView('start'),
  },
  {
    id: 'export',
    label: { nl: 'Exporteren…', en: 'Export…' },
    keys: ['Mod+E'],
    matches: (e) => mod(e) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'e',
    run: (s) => {
      if (scenarioOf(s)) s.setExportOpen(true);
    },
  },
  {
    id: 'next-document',
    label: { nl: 'Volgend tabblad', en: 'Next tab' },
    keys: ['Mod+Alt+PageDown'],
    matches: (e) => mod(e) && e.altKey && e.key === 'PageDown',
    run: (s) => switchBy(s, 1),
  },
  {
    id: 'previous-document',
    label: { nl: 'Vorig tabblad', en: 'Previous tab' },
    keys: ['Mod+Alt+PageUp'],
    matches: (e) => mod(e) && e.altKey && e.key === 'PageUp',
    run: (s) => switchBy(s, -1),
  },
  {
    id: 'shortcuts',
    label: { nl: 'Sneltoetsen tonen', en: 'Show keyboard shortcuts' },
    keys: ['F1', 'Shift+?'],
    matches: (e) => (plain(e) && e.key === 'F1') || (!mod(e) && e.key === '?'),
    run: (s) => s.setShortcutsOpen(true),
  },
];

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

export function isMac(platform: string): boolean {
  return /Mac|iPhone|iPad/.test(platform);
}

export function keyLabel(keys: string, mac: boolean): string {
  return keys.replace('Mod', mac ? '⌘' : 'Ctrl');
}
