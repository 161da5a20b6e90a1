// How a key written in the command table matches a key event.
import { accelerator, COMMAND_TABLE, keyLabel, keyMatches } from '../../../shared/commands/commands';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

it('Mod is Ctrl or ⌘; a letter matches in either case, its Shift as written', () => {
  expect(keyMatches('Mod+Z', press('z', { ctrl: true }))).toBe(true);
  expect(keyMatches('Mod+Z', press('z', { meta: true }))).toBe(true);
  expect(keyMatches('Mod+Z', press('z'))).toBe(false);
  expect(keyMatches('Mod+Z', press('Z', { ctrl: true, shift: true }))).toBe(false);
  expect(keyMatches('Mod+Shift+Z', press('Z', { ctrl: true, shift: true }))).toBe(true);
  expect(keyMatches('Mod+Shift+Z', press('z', { ctrl: true }))).toBe(false);
});

it('Alt as written; Shift free for keys that are no letters', () => {
  expect(keyMatches('Mod+Alt+PageDown', press('PageDown', { ctrl: true, alt: true }))).toBe(true);
  expect(keyMatches('Mod+Alt+PageDown', press('PageDown', { ctrl: true }))).toBe(false);
  expect(keyMatches('Mod+E', press('e', { ctrl: true, alt: true }))).toBe(false);
  expect(keyMatches('F5', press('F5', { shift: true }))).toBe(true);
  expect(keyMatches('F5', press('F5', { ctrl: true }))).toBe(false);
  expect(keyMatches('Shift+?', press('?', { shift: true }))).toBe(true);
  expect(keyMatches('Esc', press('Escape'))).toBe(true);
});

it('Shift as written for a key the table binds both with and without it: F6 and Shift+F6 (#24)', () => {
  expect(keyMatches('F6', press('F6'))).toBe(true);
  expect(keyMatches('F6', press('F6', { shift: true }))).toBe(false);
  expect(keyMatches('Shift+F6', press('F6', { shift: true }))).toBe(true);
  expect(keyMatches('Shift+F6', press('F6'))).toBe(false);
  const of = (e: ReturnType<typeof press>) => COMMAND_TABLE.filter((c) => c.keys.some((k) => keyMatches(k, e))).map((c) => c.id);
  expect(of(press('F6'))).toEqual(['next-region']);
  expect(of(press('F6', { shift: true }))).toEqual(['previous-region']);
  // Both work while typing in a field.
  expect(COMMAND_TABLE.filter((c) => c.id.endsWith('-region')).map((c) => c.inFields)).toEqual([true, true]);
});

it('is written for the menu and the overview from the same text', () => {
  expect(accelerator('Mod+Shift+S')).toBe('CmdOrCtrl+Shift+S');
  expect(accelerator('F1')).toBe('F1');
  expect(keyLabel('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
  expect(keyLabel('Mod+Shift+S', true)).toBe('⌘+Shift+S');
});

it('has one entry per id, and no key for two commands', () => {
  const ids = COMMAND_TABLE.map((c) => c.id);
  expect(new Set(ids).size).toBe(ids.length);
  const keys = COMMAND_TABLE.flatMap((c) => c.keys);
  expect(new Set(keys).size).toBe(keys.length);
});
