// More or fewer clients on the targeted volume lines (scenario-format.md, "volumeChange").
import { catalogue, text } from '../i18n/text';
import { VolumeChangeMeasureSchema, type VolumeChangeMeasure } from '../scenario/schema';
import { rateChangeKind } from './rate-change';

export const volumeChangeKind = rateChangeKind<VolumeChangeMeasure>({
  type: 'volumeChange',
  schema: VolumeChangeMeasureSchema,
  scalesVolume: true,
  words: { title: text('measureKinds.volumeChange.name'), noun: text('measureKinds.volumeChange.noun') },
  explain: { noun: text('measureKinds.volumeChange.name'), quantity: text('measureKinds.volumeChange.quantity') },
  describe: (lang) => catalogue(lang).measureKinds.volumeChange.describe,
  inForce: (rate) => text('measureKinds.phaseIn.volumeChange', rate),
});
