// The measures editor's part of a tariff change: a higher or lower cost per client on volume lines.
import { text } from '../../../../shared/i18n/text';
import type { UnitCostChangeMeasure } from '../../../../shared/scenario/schema';
import { rateChangeView } from './rate-change';

export const unitCostChangeView = rateChangeView<UnitCostChangeMeasure>(
  'unitCostChange',
  {
    name: text('measureKinds.unitCostChange.name'),
    hint: text('measureKinds.unitCostChange.hint'),
    defaultName: text('measureKinds.unitCostChange.defaultName'),
  },
  text('measureKinds.unitCostChange.strengthLabel'),
);
