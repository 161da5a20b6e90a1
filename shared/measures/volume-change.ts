// More or fewer clients on the targeted volume lines (scenario-format.md, "volumeChange").
import { VolumeChangeMeasureSchema, type VolumeChangeMeasure } from '../scenario/schema';
import { rateChangeKind } from './rate-change';

export const volumeChangeKind = rateChangeKind<VolumeChangeMeasure>({
  type: 'volumeChange',
  schema: VolumeChangeMeasureSchema,
  scalesVolume: true,
  words: { title: { nl: 'Volumewijziging', en: 'Volume change' }, noun: { nl: 'volumemaatregel', en: 'volume measure' } },
  explain: { noun: { nl: 'Volumewijziging', en: 'Volume change' }, quantity: { nl: 'volume', en: 'volume' } },
  describe: {
    nl: {
      down: (rate, on) => `${rate} minder cliënten op ${on}`,
      up: (rate, on) => `${rate} meer cliënten op ${on}`,
      unchanged: (on) => `geen wijziging op ${on}`,
    },
    en: {
      down: (rate, on) => `${rate} fewer clients on ${on}`,
      up: (rate, on) => `${rate} more clients on ${on}`,
      unchanged: (on) => `no change on ${on}`,
    },
  },
});
