import { useId, type ReactNode } from 'react';
import { regionAttributes, type RegionName } from '../../focus/regions';

export interface DisclosureProps {
  title: string;
  /** Heading level of the title: the panel is an h2, its sections h3. */
  level: 2 | 3;
  open: boolean;
  onToggle: () => void;
  /** A short line shown next to the title while closed ("5 regels"). */
  summary?: ReactNode;
  /** Controls beside the heading (e.g. "expand all"); shown only while open. */
  actions?: ReactNode;
  className?: string;
  /** Makes the disclosure a region of the screen (skip links, F6): renderer/focus/regions.ts. */
  region?: RegionName;
  children: ReactNode;
}

/**
 * A heading whose button shows or hides what follows (WAI-ARIA disclosure). The content is
 * rendered only while open, so a closed 300-line table costs nothing; open/closed is UI state.
 */
export function Disclosure({ title, level, open, onToggle, summary, actions, className, region, children }: DisclosureProps) {
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  // The panel is a landmark (region); its sections are plain groups, so landmarks stay few.
  const Box = level === 2 ? 'section' : 'div';
  return (
    <Box
      className={`baseline-disclosure baseline-disclosure--h${level} ${className ?? ''}`}
      aria-labelledby={level === 2 ? `${id}-title` : undefined}
      {...(region ? regionAttributes(region) : {})}
    >
      <div className="baseline-disclosure__bar">
        <Heading className="baseline-disclosure__heading">
          <button
            type="button"
            id={`${id}-title`}
            className="baseline-disclosure__toggle"
            aria-expanded={open}
            aria-controls={`${id}-content`}
            onClick={onToggle}
          >
            <span className="baseline-disclosure__chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {title}
          </button>
        </Heading>
        {!open && summary ? <span className="baseline-disclosure__summary">{summary}</span> : null}
        {open && actions ? <span className="baseline-disclosure__actions">{actions}</span> : null}
      </div>
      <div id={`${id}-content`} className="baseline-disclosure__content" hidden={!open}>
        {open ? children : null}
      </div>
    </Box>
  );
}
