import { createContext, useContext, type ReactNode } from 'react';
import type { FileActions } from './file-actions';

const FileActionsContext = createContext<FileActions | null>(null);

export function FileActionsProvider({ actions, children }: { actions: FileActions; children: ReactNode }) {
  return <FileActionsContext.Provider value={actions}>{children}</FileActionsContext.Provider>;
}

/** The file actions (open, save…), for the header, the start screen and the dialogs. */
export function useFileActions(): FileActions {
  const actions = useContext(FileActionsContext);
  if (!actions) throw new Error('useFileActions outside FileActionsProvider');
  return actions;
}

/** The same, where a component may also be shown without them (tests of other features). */
export function useOptionalFileActions(): FileActions | null {
  return useContext(FileActionsContext);
}
