// Under the year table on the savings tab: the band's own table (P10, P50 and P90 per year, and
// the chance that the target is met), the text alternative of the band drawn on the chart.
// Nothing while no enabled measure has a range: the chart's note says how to give one.
import type { Projection } from '../../../shared/engine/types';
import { scenarioSelectors } from '../../store/scenario-slice';
import { useAppStore } from '../../store/store';
import { hasUncertainty } from '../../workers/uncertainty-protocol';
import { sameYears } from './band';
import { BandTable } from './BandTable';
import { useUncertainty } from './uncertainty-store';
import type { Amounts } from './use-amounts';
import type { Catalogue } from '../../../shared/i18n/catalogues';

export function SavingsBand({ projection, amounts, t }: { projection: Projection; amounts: Amounts; t: Catalogue['projection'] }) {
  const view = useUncertainty();
  const scenario = useAppStore(scenarioSelectors.scenario);
  const band = view.figures?.band;
  // Figures of another horizon (a file just opened, a horizon just changed) wait for their own.
  if (!scenario || !hasUncertainty(scenario) || !band || !sameYears(band.years, projection.years)) return null;
  return <BandTable which="savings" band={band} stale={!view.current} projection={projection} amounts={amounts} t={t} />;
}
