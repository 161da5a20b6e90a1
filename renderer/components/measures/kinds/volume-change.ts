// The measures editor's part of a volume change: more or fewer clients on volume lines.
import type { VolumeChangeMeasure } from '../../../../shared/scenario/schema';
import { rateChangeView } from './rate-change';

export const volumeChangeView = rateChangeView<VolumeChangeMeasure>(
  'volumeChange',
  {
    nl: { name: 'Volumewijziging', hint: 'meer of minder cliënten (bijvoorbeeld door preventie)', defaultName: 'Minder cliënten' },
    en: { name: 'Volume change', hint: 'more or fewer clients (for example through prevention)', defaultName: 'Fewer clients' },
  },
  { nl: 'Volume', en: 'Volume' },
);
