import { useEffect } from 'react';
import { useAppStore } from '../store/store';
import { findCommand } from './commands';

/** A field the user types in (where Ctrl+Z and the like belong to the field). */
export function inEditableField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button'].includes(target.type);
}

/** The command the keyboard ran last, and when: a menu item for the same key right after is the same press. */
let lastByKey: { id: string; at: number } | null = null;
const SAME_PRESS_MS = 300;

/**
 * Whether the keyboard ran this command a moment ago. In Electron the application menu shows
 * the same keys; where a platform lets the menu see a key the page already handled (macOS),
 * the menu's command is the same key press and must not run the command a second time.
 */
export function ranByKeyJustNow(id: string, now: number = Date.now()): boolean {
  return lastByKey !== null && lastByKey.id === id && now - lastByKey.at < SAME_PRESS_MS;
}

/** One keydown listener for every shortcut in the command list. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = findCommand(e);
      if (!command) return;
      // In a text field, Ctrl+Z belongs to the field (its own text), not to the scenario.
      if (inEditableField(e.target) && !command.inFields) return;
      // Esc in an open <dialog> is the dialog's: the browser cancels (closes) it, unless the key
      // was taken here first (the export and the unsaved-changes dialog stayed open, #24).
      if (e.key === 'Escape' && e.target instanceof Element && e.target.closest('dialog[open]')) return;
      e.preventDefault();
      lastByKey = { id: command.id, at: Date.now() };
      command.run(useAppStore.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      // The memory of the last key press belongs to this listener: a new one starts clean.
      lastByKey = null;
    };
  }, []);
}
