// Loading an older file: a chain of pure steps, each taking a document of version n to n + 1,
// run in memory on load (the file on disk is only rewritten when the user saves).
// Version 2 only adds optional fields whose defaults give version 1's reading
// (docs/scenario-format.md, "Version 2, exactly"), so 1 → 2 changes nothing but the version.
import { CURRENT_VERSION } from './schema';
import type { Problem } from './problems';
import { isRecord } from './paths';
import { text } from '../i18n/text';

/** A scenario document as read from JSON, before it is checked against the schema. */
export type ScenarioDocument = Record<string, unknown>;

/**
 * Takes a document of version n and returns the document of version n + 1. Pure: it must not
 * change its argument. It may assume nothing about the document beyond the version: a step
 * that cannot read the document leaves the field for validation to report, or throws.
 * The chain sets `version` itself after each step.
 */
export type Migration = (doc: ScenarioDocument) => ScenarioDocument;

/** `migrations[n]` takes version n to n + 1. */
export const migrations: Readonly<Record<number, Migration>> = {
  // Every version-1 field keeps its meaning; the chain sets `version` to 2.
  1: (doc) => ({ ...doc }),
};

export type MigrationResult =
  | { ok: true; doc: ScenarioDocument; /** the version the document had, when a step ran */ migratedFrom?: number }
  | { ok: false; problem: Problem };

/**
 * Brings `doc` from version `from` up to `to` through `registry`, one step at a time.
 * A missing step or a step that throws or returns something that is not an object is a problem
 * at `version`, never an exception.
 */
export function migrate(
  doc: ScenarioDocument,
  from: number,
  to: number = CURRENT_VERSION,
  registry: Readonly<Record<number, Migration>> = migrations,
): MigrationResult {
  let current = doc;
  for (let version = from; version < to; version++) {
    const step = Object.prototype.hasOwnProperty.call(registry, version) ? registry[version] : undefined;
    if (step === undefined) {
      return {
        ok: false,
        problem: {
          path: 'version',
          code: 'no-migration',
          message: text('scenario.file.noMigration', from, version),
        },
      };
    }
    let next: unknown;
    try {
      next = step(current);
    } catch {
      next = undefined;
    }
    if (!isRecord(next)) {
      return {
        ok: false,
        problem: {
          path: 'version',
          code: 'migration-failed',
          message: text('scenario.file.migrationFailed', from, version),
        },
      };
    }
    current = { ...next, version: version + 1 };
  }
  return from < to ? { ok: true, doc: current, migratedFrom: from } : { ok: true, doc: current };
}
