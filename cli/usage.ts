// Wrong usage of the command line (exit 2): unknown command or option, missing argument.
import type { MessageKey } from '../shared/format/messages';

export class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'UsageError';
  }
}
