// Links at the very top of the page, shown when the keyboard reaches them: past the toolbar and
// tabs, straight to a region (#24). In the editor to the measures, the result and the baseline;
// on the other screens to the content. They focus the region, as F6 does (renderer/focus/regions.ts).
import type { MouseEvent } from 'react';
import { focusRegion, REGION_IDS, type RegionName } from '../../focus/regions';
import { useText } from '../../i18n/use-text';

export function SkipLinks({ editor }: { editor: boolean }) {
  const t = useText().app.focus;
  const links: [RegionName, string][] = editor
    ? [
        ['measures', t.toMeasures],
        ['result', t.toResult],
        ['baseline', t.toBaseline],
      ]
    : [['content', t.toContent]];
  const go = (region: RegionName) => (e: MouseEvent<HTMLAnchorElement>) => {
    if (focusRegion(region)) e.preventDefault();
  };
  return (
    <div className="skip-links" role="group" aria-label={t.skipLinks}>
      {links.map(([region, label]) => (
        <a key={region} className="skip-links__link" href={`#${REGION_IDS[region]}`} onClick={go(region)}>
          {label}
        </a>
      ))}
    </div>
  );
}
