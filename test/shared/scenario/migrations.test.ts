// The migration chain, tested with a fake registry (only version 1 exists so far).
import { migrate, migrations, type Migration, type ScenarioDocument } from '../../../shared/scenario/migrations';
import { CURRENT_VERSION } from '../../../shared/scenario/schema';
import { parseScenario } from '../../../shared/scenario/parse';
import { example } from './support';
import { render } from '../../../shared/i18n/text';

// A made-up history: v1 called the measures "maatregelen"; v2 wrote rates as percentages.
const fakeRegistry: Record<number, Migration> = {
  1: ({ maatregelen, ...rest }) => ({ ...rest, measures: maatregelen }),
  2: (doc) => ({
    ...doc,
    measures: (doc.measures as { rate?: number }[]).map((m) => (m.rate === undefined ? m : { ...m, rate: m.rate / 100 })),
  }),
};

describe('migrate', () => {
  test('the real registry: one step, 1 → 2, which changes nothing but the version (scenario-format.md, "Version 2")', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(Object.keys(migrations)).toEqual(['1']);
    const v1 = example() as unknown as ScenarioDocument;
    const copy = structuredClone(v1);
    const result = migrate(v1, 1);
    expect(result).toEqual({ ok: true, migratedFrom: 1, doc: { ...copy, version: 2 } });
    expect(v1).toEqual(copy);
  });

  test('applies the steps n → n + 1 in order, sets the version after each, and reports where it started', () => {
    const v1: ScenarioDocument = { version: 1, title: 't', maatregelen: [{ id: 'a', rate: 20 }, { id: 'b' }] };
    const result = migrate(v1, 1, 3, fakeRegistry);
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      doc: { version: 3, title: 't', measures: [{ id: 'a', rate: 0.2 }, { id: 'b' }] },
    });
  });

  test('starts in the middle of the chain', () => {
    const result = migrate({ version: 2, measures: [{ rate: 50 }] }, 2, 3, fakeRegistry);
    expect(result).toEqual({ ok: true, migratedFrom: 2, doc: { version: 3, measures: [{ rate: 0.5 }] } });
  });

  test('the current version passes unchanged, without migratedFrom', () => {
    const doc = { version: 3 };
    expect(migrate(doc, 3, 3, fakeRegistry)).toEqual({ ok: true, doc });
  });

  test('steps are pure: the input document is not changed', () => {
    const v1: ScenarioDocument = { version: 1, maatregelen: [{ rate: 20 }] };
    const copy = structuredClone(v1);
    migrate(v1, 1, 3, fakeRegistry);
    expect(v1).toEqual(copy);
  });

  test('a missing step is a problem at "version", not an exception', () => {
    const result = migrate({ version: 1, maatregelen: [] }, 1, 4, fakeRegistry);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problem).toMatchObject({ path: 'version', code: 'no-migration' });
  });

  test('a step that throws on a damaged file, or returns no object, is a problem', () => {
    const damaged = migrate({ version: 2, measures: 'not a list' }, 2, 3, fakeRegistry);
    expect(!damaged.ok && damaged.problem).toMatchObject({ path: 'version', code: 'migration-failed' });
    const broken = migrate({ version: 1 }, 1, 2, { 1: () => null as unknown as ScenarioDocument });
    expect(!broken.ok && broken.problem).toMatchObject({ path: 'version', code: 'migration-failed' });
    for (const p of [damaged, broken]) {
      if (!p.ok) expect(render('nl', p.problem.message) && render('en', p.problem.message)).toBeTruthy();
    }
  });

  test('parseScenario migrates a version-1 file and runs no migration for a current one', () => {
    const v1 = parseScenario({ ...example(), version: 1 });
    expect(v1.ok && v1.migratedFrom).toBe(1);
    expect(v1.ok && v1.value.version).toBe(2);
    const current = parseScenario({ ...example(), version: 2 });
    expect(current.ok && current.migratedFrom).toBe(undefined);
  });
});
