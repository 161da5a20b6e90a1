// The measures editor's part of a volume change: more or fewer clients on volume lines.
import { text } from '../../../../shared/i18n/text';
import type { VolumeChangeMeasure } from '../../../../shared/scenario/schema';
import { rateChangeView } from './rate-change';

export const volumeChangeView = rateChangeView<VolumeChangeMeasure>(
  'volumeChange',
  {
    name: text('measureKinds.volumeChange.name'),
    hint: text('measureKinds.volumeChange.hint'),
    defaultName: text('measureKinds.volumeChange.defaultName'),
  },
  text('measureKinds.volumeChange.strengthLabel'),
);
