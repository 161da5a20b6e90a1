import { useEffect } from 'react';
import { useAppStore } from '../store/store';
import { findCommand } from './commands';

function inEditableField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'range', 'button'].includes(target.type);
}

/** One keydown listener for every shortcut in the command list. */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const command = findCommand(e);
      if (!command) return;
      // In a text field, Ctrl+Z belongs to the field (its own text), not to the scenario.
      if (inEditableField(e.target) && !command.inFields) return;
      e.preventDefault();
      command.run(useAppStore.getState());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
