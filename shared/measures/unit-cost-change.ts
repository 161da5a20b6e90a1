// A higher or lower cost per client on the targeted volume lines (scenario-format.md, "unitCostChange").
import { UnitCostChangeMeasureSchema, type UnitCostChangeMeasure } from '../scenario/schema';
import { rateChangeKind } from './rate-change';

export const unitCostChangeKind = rateChangeKind<UnitCostChangeMeasure>({
  type: 'unitCostChange',
  schema: UnitCostChangeMeasureSchema,
  scalesVolume: false,
  words: { title: { nl: 'Tariefwijziging', en: 'Unit cost change' }, noun: { nl: 'tariefmaatregel', en: 'tariff measure' } },
  explain: { noun: { nl: 'Wijziging kosten per cliënt', en: 'Unit cost change' }, quantity: { nl: 'kosten per cliënt', en: 'cost per client' } },
  describe: {
    nl: {
      down: (rate, on) => `${rate} lager tarief op ${on}`,
      up: (rate, on) => `${rate} hoger tarief op ${on}`,
      unchanged: (on) => `geen wijziging op ${on}`,
    },
    en: {
      down: (rate, on) => `${rate} lower unit cost on ${on}`,
      up: (rate, on) => `${rate} higher unit cost on ${on}`,
      unchanged: (on) => `no change on ${on}`,
    },
  },
});
