// The active document's fields as the tests read them (null and empty on the start screen).
import { activeDocument } from '../../renderer/store/documents-slice';
import type { HistoryEntry } from '../../renderer/store/scenario-slice';
import type { StoreState } from '../../renderer/store/store';

export function active(s: StoreState) {
  const d = activeDocument(s);
  return {
    scenario: d?.scenario ?? null,
    fileName: d?.fileName ?? null,
    fileHandle: d?.fileHandle ?? null,
    past: d?.past ?? ([] as HistoryEntry[]),
    future: d?.future ?? ([] as HistoryEntry[]),
    savedSeq: d?.savedSeq ?? null,
    backupId: d?.backupId ?? null,
    backupWritten: d?.backupWritten ?? false,
  };
}
