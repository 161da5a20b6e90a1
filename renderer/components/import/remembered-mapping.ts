// The last mapping used for a set of headings, kept in the browser's localStorage (per machine,
// never sent anywhere), keyed by the heading names, so the same export maps the same way again.
import { mappingFromRecord, mappingKey, mappingToRecord, type Mapping } from '../../../shared/import/mapping';
import type { SourceColumn } from '../../../shared/import/source';

export type MappingStorage = Pick<Storage, 'getItem' | 'setItem'>;

const PREFIX = 'vcp.import.mapping.v1:';

export function defaultStorage(): MappingStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage switched off by policy
  }
}

export function recallMapping(storage: MappingStorage | null, columns: readonly SourceColumn[]): Mapping | undefined {
  if (!storage || columns.every((c) => c.heading === '')) return undefined;
  try {
    const text = storage.getItem(PREFIX + mappingKey(columns));
    return text ? mappingFromRecord(columns, JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberMapping(storage: MappingStorage | null, columns: readonly SourceColumn[], mapping: Mapping): void {
  if (!storage || columns.every((c) => c.heading === '')) return;
  try {
    storage.setItem(PREFIX + mappingKey(columns), JSON.stringify(mappingToRecord(columns, mapping)));
  } catch {
    // Full or refused storage: the mapping is simply guessed again next time.
  }
}
