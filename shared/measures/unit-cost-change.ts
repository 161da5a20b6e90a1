// A higher or lower cost per client on the targeted volume lines (scenario-format.md, "unitCostChange").
import { catalogue, text } from '../i18n/text';
import { UnitCostChangeMeasureSchema, type UnitCostChangeMeasure } from '../scenario/schema';
import { rateChangeKind } from './rate-change';

export const unitCostChangeKind = rateChangeKind<UnitCostChangeMeasure>({
  type: 'unitCostChange',
  schema: UnitCostChangeMeasureSchema,
  scalesVolume: false,
  words: { title: text('measureKinds.unitCostChange.title'), noun: text('measureKinds.unitCostChange.noun') },
  explain: { noun: text('measureKinds.unitCostChange.explainNoun'), quantity: text('measureKinds.unitCostChange.quantity') },
  describe: (lang) => catalogue(lang).measureKinds.unitCostChange.describe,
  inForce: (rate) => text('measureKinds.phaseIn.unitCostChange', rate),
});
