// The measures editor's part of a tariff change: a higher or lower cost per client on volume lines.
import type { UnitCostChangeMeasure } from '../../../../shared/scenario/schema';
import { rateChangeView } from './rate-change';

export const unitCostChangeView = rateChangeView<UnitCostChangeMeasure>(
  'unitCostChange',
  {
    nl: { name: 'Tariefwijziging', hint: 'een hoger of lager tarief per cliënt (inkoop)', defaultName: 'Lager tarief' },
    en: { name: 'Tariff change', hint: 'a higher or lower tariff per client (procurement)', defaultName: 'Lower tariff' },
  },
  { nl: 'Tarief', en: 'Tariff' },
);
