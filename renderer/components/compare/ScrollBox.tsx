// A table that may be wider than the screen scrolls sideways in its own box. The box can take
// focus, so keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable"),
// and is named after its table's heading.
import type { ReactNode } from 'react';

export function ScrollBox({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    <div className="compare-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
