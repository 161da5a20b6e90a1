// A large, realistic, valid scenario for benchmarks and tests, generated from a seed so every
// run (and every machine) gets the same file. Defaults: 300 lines, 60 measures, 30 years —
// the size the engine's speed target is stated for. Every third measure has one-off costs (version 2).
import { CURRENT_VERSION, FORMAT_ID, MAX_HORIZON_SPAN, MAX_YEAR, ONE_OFF_COST_KINDS, type Line, type OneOffCostKind, type Measure, type Scenario, type YearTable } from './schema';

export interface GenerateLargeOptions {
  lines?: number;
  measures?: number;
  /** Years in the horizon, 1–31 (to − from ≤ 30). */
  years?: number;
  seed?: number;
  /**
   * Give every line its own wage share and growth rate, instead of the few round assumptions a
   * budget really uses. For measuring the worst case (the engine multiplies out each distinct
   * rate once).
   */
  distinctRates?: boolean;
}

const WAGE_SHARES = [0, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95] as const;
const GROWTH_RATES = [-0.01, -0.005, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04] as const;

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GroupSpec {
  group?: string;
  volume: boolean;
  kind: Line['kind'];
  names: readonly string[];
  organisations: readonly (string | undefined)[];
  taakvelden: readonly (string | undefined)[];
  weight: number;
}

// Volume groups hold volume lines only, so volumeChange and unitCostChange may target them whole.
const GROUPS: readonly GroupSpec[] = [
  {
    group: 'Vitale Coalitie',
    volume: false,
    kind: 'subsidy',
    names: ['Bibliotheek', 'Welzijnswerk', 'Maatschappelijk werk', 'Jongerenwerk', 'Vrijwilligerscentrale', 'Mantelzorgondersteuning'],
    organisations: ['Bibliotheek', 'Welzijn Stichtse Vecht', 'Kwadraad', 'Jeugd-Punt', 'Vrijwilligerscentrale'],
    taakvelden: ['6.1', '6.2', '6.1'],
    weight: 3,
  },
  {
    group: 'Wmo maatwerk',
    volume: true,
    kind: 'individual',
    names: ['Huishoudelijke hulp', 'Begeleiding individueel', 'Dagbesteding', 'Hulpmiddelen', 'Woningaanpassing'],
    organisations: ['Zorgaanbieder Noord', 'Zorgaanbieder Zuid', 'Thuiszorg West', undefined],
    taakvelden: ['6.71a', '6.71b', '6.71c', '6.71d', '6.6'],
    weight: 3,
  },
  {
    group: 'Jeugdhulp',
    volume: true,
    kind: 'individual',
    names: ['Jeugdhulp ambulant', 'Jeugdhulp behandeling', 'Pleegzorg', 'Jeugdhulp met verblijf', 'Jeugd-GGZ'],
    organisations: ['Jeugdzorg Regio', 'GGZ Jeugd', 'Pleegzorg Nederland', undefined],
    taakvelden: ['6.72a', '6.72b', '6.73a', '6.73c', '6.74a'],
    weight: 2,
  },
  {
    group: 'Algemene voorzieningen',
    volume: true,
    kind: 'collective',
    names: ['Huiskamer in de wijk', 'Cursus', 'Buurtsportcoach', 'Inloopspreekuur', 'Ontmoetingscentrum'],
    organisations: ['Welzijn Stichtse Vecht', 'Sportservice', 'Buurtwerk', undefined],
    taakvelden: ['6.1', '6.2'],
    weight: 2,
  },
  {
    group: 'Participatie',
    volume: false,
    kind: 'other',
    names: ['Re-integratie', 'Beschut werk', 'Taalhuis', 'Schuldhulpverlening'],
    organisations: ['Werkbedrijf', 'Sociale werkvoorziening', undefined],
    taakvelden: ['6.4', '6.5', undefined],
    weight: 1,
  },
  {
    volume: false,
    kind: 'other',
    names: ['Beleid en coördinatie', 'Innovatiebudget', 'Onderzoek en monitoring'],
    organisations: [undefined],
    taakvelden: ['6.91', undefined],
    weight: 1,
  },
  {
    volume: true,
    kind: 'individual',
    names: ['Beschermd wonen', 'Maatschappelijke opvang'],
    organisations: ['Centrumgemeente', undefined],
    taakvelden: ['6.81a', '6.81b'],
    weight: 1,
  },
];

export function generateLargeScenario(opts: GenerateLargeOptions = {}): Scenario {
  const lineCount = opts.lines ?? 300;
  const measureCount = opts.measures ?? 60;
  const yearCount = opts.years ?? 30;
  const random = prng(opts.seed ?? 20240601);
  if (!Number.isInteger(lineCount) || lineCount < 1) throw new RangeError('lines must be an integer ≥ 1');
  if (!Number.isInteger(measureCount) || measureCount < 0) throw new RangeError('measures must be an integer ≥ 0');
  if (!Number.isInteger(yearCount) || yearCount < 1 || yearCount > MAX_HORIZON_SPAN + 1) {
    throw new RangeError(`years must be an integer 1–${MAX_HORIZON_SPAN + 1}`);
  }

  const between = (lo: number, hi: number) => lo + (hi - lo) * random();
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const round = (x: number, step: number) => Math.round(x / step) * step;
  const fraction = (x: number, digits: number) => Number(x.toFixed(digits));

  const baseYear = 2025;
  const from = baseYear + 1;
  const to = from + yearCount - 1;
  if (to > MAX_YEAR) throw new RangeError('horizon past 2100');
  const years = Array.from({ length: yearCount }, (_, i) => from + i);

  // Lines: groups drawn by weight, so every group and kind is present at the default size.
  const totalWeight = GROUPS.reduce((a, g) => a + g.weight, 0);
  const drawGroup = (): GroupSpec => {
    let r = random() * totalWeight;
    for (const spec of GROUPS) {
      r -= spec.weight;
      if (r < 0) return spec;
    }
    return GROUPS[GROUPS.length - 1] as GroupSpec;
  };
  const lines: Line[] = [];
  for (let i = 0; i < lineCount; i++) {
    // The first lines walk through every group once, so even small scenarios have every kind.
    const spec = i < GROUPS.length ? (GROUPS[i] as GroupSpec) : drawGroup();
    const organisation = pick(spec.organisations);
    const taakveld = pick(spec.taakvelden);
    const line: Line = {
      id: `line-${String(i + 1).padStart(3, '0')}`,
      name: `${pick(spec.names)} ${i + 1}`,
      kind: spec.kind,
      ...(spec.volume
        ? { volume: int(10, 2000), unitCost: round(between(400, 40000), 10) }
        : { amount: round(between(25000, 2500000), 100) }),
      ...(spec.group !== undefined && { group: spec.group }),
      ...(organisation !== undefined && { organisation }),
      ...(taakveld !== undefined && { taakveld }),
      wageShare: opts.distinctRates ? fraction(between(0.4, 0.95), 6) : pick(WAGE_SHARES),
      ...(random() < 0.7 && {
        volumeGrowth: opts.distinctRates ? fraction(between(-0.01, 0.04), 6) : pick(GROWTH_RATES),
      }),
    };
    lines.push(line);
  }

  const volumeLines = lines.filter((l) => l.volume !== undefined);
  const individual = volumeLines.filter((l) => l.kind === 'individual');
  const collective = volumeLines.filter((l) => l.kind === 'collective');
  const volumeGroups = [...new Set(lines.map((l) => l.group))].filter(
    (g): g is string => g !== undefined && lines.every((l) => l.group !== g || l.volume !== undefined),
  );
  const allGroups = [...new Set(lines.map((l) => l.group))].filter((g): g is string => g !== undefined);
  const someOf = <T>(items: readonly T[], lo: number, hi: number): T[] => {
    const chosen = new Set<T>();
    const count = Math.min(items.length, int(lo, hi));
    while (chosen.size < count) chosen.add(pick(items));
    return [...chosen];
  };
  const phaseIn = (): YearTable | undefined => {
    if (random() < 0.25) return undefined;
    // Postponed start, then a ramp to fully in force.
    const start = int(from, Math.max(from, to - 2));
    const steps = int(1, 4);
    const table: YearTable = { [String(start)]: 0 };
    for (let s = 1; s <= steps && start + s <= to; s++) table[String(start + s)] = fraction(s / steps, 4);
    return table;
  };
  const uncertainty = () =>
    random() < 0.5 ? { uncertainty: { low: fraction(between(0.5, 1), 2), high: fraction(between(1, 1.6), 2) } } : {};

  const kinds = ['cut-rate', 'cut-amount', 'volumeChange', 'unitCostChange', 'shift', 'fixed', 'fixed-continues', 'cut-investment'] as const;
  const measures: Measure[] = [];
  for (let k = 0; k < measureCount; k++) {
    let kind: (typeof kinds)[number] = kinds[k % kinds.length] as (typeof kinds)[number];
    const needsVolume = kind === 'volumeChange' || kind === 'unitCostChange' || kind === 'shift';
    if (needsVolume && volumeLines.length < 2) kind = 'cut-rate';
    const id = `m-${String(k + 1).padStart(2, '0')}`;
    const common = {
      id,
      name: `Maatregel ${k + 1}`,
      ...(k % 11 === 10 && { enabled: false }),
      ...uncertainty(),
    };
    const phase = phaseIn();
    const withPhase = phase === undefined ? {} : { phaseIn: phase };
    switch (kind) {
      case 'cut-rate':
        measures.push({
          ...common,
          type: 'cut',
          ...(random() < 0.6 ? { groups: someOf(allGroups, 1, 2) } : { lines: someOf(lines, 1, 8).map((l) => l.id) }),
          rate: fraction(between(0.02, 0.25), 3),
          ...withPhase,
        });
        break;
      case 'cut-investment':
        measures.push({
          ...common,
          type: 'cut',
          lines: someOf(lines, 1, 4).map((l) => l.id),
          rate: -fraction(between(0.02, 0.15), 3),
          ...withPhase,
        });
        break;
      case 'cut-amount':
        measures.push({
          ...common,
          type: 'cut',
          lines: someOf(lines, 1, 6).map((l) => l.id),
          ...(random() < 0.5 && { groups: someOf(allGroups, 1, 1) }),
          amount: round(between(10000, 400000), 50),
          ...withPhase,
        });
        break;
      case 'volumeChange':
      case 'unitCostChange': {
        const targets =
          volumeGroups.length > 0 && random() < 0.5
            ? { groups: someOf(volumeGroups, 1, 1) }
            : { lines: someOf(volumeLines, 1, 10).map((l) => l.id) };
        measures.push({
          ...common,
          type: kind,
          ...targets,
          rate: fraction(between(-0.15, 0.03), 3),
          ...withPhase,
        });
        break;
      }
      case 'shift': {
        const source = pick(individual.length > 0 ? individual : volumeLines);
        const others = (collective.length > 0 ? collective : volumeLines).filter((l) => l.id !== source.id);
        const dest = others.length > 0 ? pick(others) : (volumeLines.find((l) => l.id !== source.id) as Line);
        const start = int(from, to);
        const share: YearTable = {};
        for (let y = start, s = 0.02; y <= to; y += int(1, 3), s += 0.02) share[String(y)] = fraction(Math.min(s, 0.3), 3);
        measures.push({
          ...common,
          type: 'shift',
          from: source.id,
          to: dest.id,
          share,
          ...(random() < 0.7 && { ratio: fraction(between(0.5, 2), 2) }),
        });
        break;
      }
      case 'fixed':
      case 'fixed-continues': {
        const amounts: YearTable = {};
        for (const y of someOf(years, 1, 4).sort((a, b) => a - b)) {
          amounts[String(y)] = round(between(-250000, 600000), 0.01);
        }
        measures.push({
          ...common,
          type: 'fixed',
          amounts,
          ...(kind === 'fixed-continues' && { continues: true }),
        });
        break;
      }
    }
  }

  // Version 2: one-off costs on every third measure (frictional costs, a phase-out payment, an
  // investment, in one to three years), from a stream of their own so that the measures above
  // stay as they were.
  const oneOffRandom = prng(((opts.seed ?? 20240601) + 0x9e3779b9) >>> 0);
  const costKinds = ONE_OFF_COST_KINDS;
  measures.forEach((m, k) => {
    if (k % 3 !== 0) return;
    const costs = Array.from({ length: 1 + Math.floor(oneOffRandom() * 2) }, () => {
      const amounts: YearTable = {};
      const count = 1 + Math.floor(oneOffRandom() * 3);
      for (let i = 0; i < count; i++) {
        const y = from + Math.floor(oneOffRandom() * Math.min(5, yearCount));
        amounts[String(y)] = Math.round((10000 + oneOffRandom() * 240000) * 100) / 100;
      }
      return { kind: costKinds[Math.floor(oneOffRandom() * costKinds.length)] as OneOffCostKind, amounts };
    });
    measures[k] = { ...m, oneOffCosts: costs };
  });

  // The target: a step table rising to about 8 % of the base year's cost.
  const baseCost = lines.reduce((a, l) => a + (l.amount ?? (l.volume ?? 0) * (l.unitCost ?? 0)), 0);
  const target: YearTable = {};
  for (let i = 0; i < yearCount; i += 3) {
    target[String(from + i)] = round(baseCost * 0.08 * Math.min(1, (i + 3) / 15), 1000);
  }

  // Indexation for every year after the base year, with a few years left out (= 0 that year).
  const wage: YearTable = {};
  const price: YearTable = {};
  for (let y = baseYear + 1; y <= to; y++) {
    if (random() < 0.9) wage[String(y)] = fraction(between(0.01, 0.05), 4);
    if (random() < 0.85) price[String(y)] = fraction(between(-0.005, 0.035), 4);
  }

  return {
    format: FORMAT_ID,
    version: CURRENT_VERSION,
    title: `Groot scenario (${lineCount} regels, ${measureCount} maatregelen, ${yearCount} jaar)`,
    municipality: 'Voorbeeldgemeente',
    description: 'Gegenereerd voor prestatiemetingen en tests.',
    baseYear,
    horizon: { from, to },
    indexation: { wage, price },
    lines,
    measures,
    target,
  };
}
