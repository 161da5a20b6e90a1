// Wrong usage of the command line (exit 2): unknown command or option, missing argument.
import type { Text } from '../shared/i18n/text';

export class UsageError extends Error {
  constructor(readonly text: Text) {
    super(text.id);
    this.name = 'UsageError';
  }
}
