import { useEffect, useState } from 'react';
import { useText } from '../../i18n/use-text';
import { useFileActions } from './file-actions-context';

function hasFiles(event: DragEvent): boolean {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

type ItemWithHandle = DataTransferItem & { getAsFileSystemHandle?: () => Promise<unknown> };

/**
 * A scenario file dropped anywhere on the window opens (through the same path as every other
 * open). Dropping never navigates away from the app. While a file is dragged over the window,
 * a hint says what letting go will do.
 */
export function DropZone() {
  const t = useText().files;
  const actions = useFileActions();
  const [over, setOver] = useState(false);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setOver(true);
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const overHandler = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      const file = e.dataTransfer?.files[0];
      if (!file) return;
      // The file-system handle (Chromium) must be asked for during the event itself.
      const item = [...(e.dataTransfer?.items ?? [])].find((i) => i.kind === 'file') as ItemWithHandle | undefined;
      const handle = item?.getAsFileSystemHandle?.() ?? null;
      void actions.openDropped({ file, handle });
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', overHandler);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', overHandler);
      window.removeEventListener('drop', drop);
    };
  }, [actions]);

  return over ? (
    <div className="drop-zone" aria-hidden="true">
      <p>{t.dropHint}</p>
    </div>
  ) : null;
}
