// Monte Carlo over the measures' uncertainty ranges (scenario-format.md, "Uncertainty").
//
// Per draw, every enabled measure with an `uncertainty` gets its own factor from
// triangular(low, 1, high); every other measure keeps factor 1. The scenario is projected with
// those factors (the engine clamps the strengthened values into their valid ranges) and its
// savings and cumulative savings per year are kept. Per year the result gives the 10th, 50th and
// 90th percentile over the draws, and the share of draws that meet the target.
//
// Order of randomness, so that a seed reproduces a run exactly: one xoshiro128** stream from
// the seed; draw 1 takes one number per uncertain measure in file order, then draw 2, and so on.
//
// Percentiles: linear interpolation between order statistics (Hyndman & Fan type 7, the default
// of R, NumPy and Excel's PERCENTILE.INC): sort the N values x₀ ≤ … ≤ x_{N−1}, h = (N − 1)·p,
// P = x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋+1 − x_⌊h⌋). Then rounded to whole euros, half away from zero.
import { countsInProjection } from '../scenario/measure-facts';
import { compile } from '../engine/model';
import { compileSavings } from '../engine/fast-savings';
import { roundEuro } from '../engine/project';
import type { Scenario } from '../scenario/schema';
import { checkTriangular, normalizeSeed, sampleTriangular, xoshiro128ss } from './random';

export interface SimulateOptions {
  /** Number of draws, an integer ≥ 1. */
  draws: number;
  /** Any integer; read modulo 2^32. The same seed gives the same result. */
  seed: number;
  /**
   * A certainty level (0.5–0.99), as municipalities use for their weerstandsvermogen: the
   * result then says per year the savings reached with at least that certainty (the
   * (1 − level) percentile). Default CERTAINTY_LEVELS[1] (90 %).
   */
  certainty?: number;
}

/** The certainty levels the app offers; 0.9 is the default. */
export const CERTAINTY_LEVELS = [0.7, 0.9] as const;
export const DEFAULT_CERTAINTY = 0.9;

/** Whole euros per year, arrays indexed like `years`. */
export interface PercentileBand {
  p10: number[];
  p50: number[];
  p90: number[];
}

export interface UncertainMeasure {
  id: string;
  low: number;
  high: number;
}

export interface UncertaintyResult {
  years: number[];
  draws: number;
  /** The seed as used (modulo 2^32). */
  seed: number;
  /** The enabled measures whose strength was drawn, in file order, with their ranges. */
  uncertain: UncertainMeasure[];
  /**
   * Savings per year: the band, and per year the share of draws (0–1) whose savings are at
   * least the target (null in years without a target; all null when the scenario has none).
   */
  savings: PercentileBand & { targetMet: (number | null)[] };
  /** Cumulative savings from the horizon's first year: the band per year. */
  cumulative: PercentileBand;
  /**
   * Net savings (version 2): the savings band minus the year's one-off costs, which are not
   * uncertain (scenario-format.md, "Version 2": uncertainty).
   */
  net: PercentileBand;
  /**
   * With `level` certainty the savings (and net savings) of a year are at least these: the
   * (1 − level) percentile of the draws, whole euros.
   */
  certain: { level: number; savings: number[]; net: number[] };
  /** The same at each of CERTAINTY_LEVELS, for a choice on screen. */
  atCertainty: { level: number; savings: number[]; net: number[] }[];
  /** The projection with every factor 1 (= project(scenario).savings). */
  deterministic: { savings: number[]; cumulative: number[] };
}

/** The percentile levels of the band. */
export const BAND = { p10: 0.1, p50: 0.5, p90: 0.9 } as const;

/**
 * The p-quantile (0 ≤ p ≤ 1) of ascending `sorted` values, `count` of them from `offset`,
 * by linear interpolation between order statistics (type 7). Not rounded.
 */
export function percentile(sorted: ArrayLike<number>, p: number, offset = 0, count = sorted.length - offset): number {
  if (count <= 0) return Number.NaN;
  const h = (count - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[offset + lo] as number;
  if (lo >= count - 1) return a;
  const b = sorted[offset + lo + 1] as number;
  return a + (h - lo) * (b - a);
}

/** Monte Carlo run of `draws` projections with drawn strength factors. */
export function simulate(scenario: Scenario, options: SimulateOptions): UncertaintyResult {
  const { draws } = options;
  if (!Number.isInteger(draws) || draws < 1) throw new RangeError(`draws must be an integer ≥ 1, got ${draws}`);
  const seed = normalizeSeed(options.seed);
  const level = options.certainty ?? DEFAULT_CERTAINTY;
  if (!(level >= 0.5 && level <= 0.99)) throw new RangeError(`certainty must lie in 0.5–0.99, got ${level}`);

  const runner = compileSavings(scenario);
  const years = [...runner.years];
  const Y = years.length;
  const M = runner.measureIds.length;

  // Enabled measures with a range, by position among the enabled measures (runner order).
  const enabled = (scenario.measures ?? []).filter(countsInProjection);
  const uncertain: UncertainMeasure[] = [];
  const positions: number[] = [];
  const lows: number[] = [];
  const highs: number[] = [];
  enabled.forEach((m, k) => {
    if (m.uncertainty === undefined) return;
    const { low, high } = m.uncertainty;
    checkTriangular(low, 1, high);
    uncertain.push({ id: m.id, low, high });
    positions.push(k);
    lows.push(low);
    highs.push(high);
  });
  const U = positions.length;

  const factors = new Float64Array(M).fill(1);
  const yearSavings = new Float64Array(Y);
  const yearCumulative = new Float64Array(Y);

  // The deterministic projection: every factor 1.
  runner.run(factors, yearSavings, yearCumulative);
  const deterministic = { savings: Array.from(yearSavings), cumulative: Array.from(yearCumulative) };

  // Year-major [yi · draws + d], so that each year's values sort in place as one block.
  const savingsByYear = new Float64Array(Y * draws);
  const cumulativeByYear = new Float64Array(Y * draws);
  const uniform = xoshiro128ss(seed);
  const sample = sampleTriangular;
  for (let d = 0; d < draws; d++) {
    for (let j = 0; j < U; j++) factors[positions[j] as number] = sample(uniform, lows[j] as number, 1, highs[j] as number);
    runner.run(factors, yearSavings, yearCumulative);
    for (let yi = 0, at = d; yi < Y; yi++, at += draws) {
      savingsByYear[at] = yearSavings[yi] as number;
      cumulativeByYear[at] = yearCumulative[yi] as number;
    }
  }

  const target = runner.target;
  const targetMet: (number | null)[] = new Array<number | null>(Y).fill(null);
  if (target !== undefined) {
    for (let yi = 0; yi < Y; yi++) {
      const goal = target[yi];
      if (goal === null || goal === undefined) continue;
      let met = 0;
      for (let d = 0, at = yi * draws; d < draws; d++, at++) if ((savingsByYear[at] as number) >= goal) met++;
      targetMet[yi] = met / draws;
    }
  }

  const savingsBand = band(savingsByYear, Y, draws);
  const oneOff = oneOffCostsPerYear(scenario, Y);
  const less = (xs: number[]) => xs.map((x, yi) => x - (oneOff[yi] as number));
  // band() left each year's block sorted.
  const atLevel = (c: number) => {
    const savings = years.map((_, yi) => roundEuro(percentile(savingsByYear, 1 - c, yi * draws, draws)));
    return { level: c, savings, net: less(savings) };
  };
  const certainSavings = atLevel(level).savings;
  return {
    years,
    draws,
    seed,
    uncertain,
    savings: { ...savingsBand, targetMet },
    cumulative: band(cumulativeByYear, Y, draws),
    net: { p10: less(savingsBand.p10), p50: less(savingsBand.p50), p90: less(savingsBand.p90) },
    certain: { level, savings: certainSavings, net: less(certainSavings) },
    atCertainty: CERTAINTY_LEVELS.map(atLevel),
    deterministic,
  };
}

/** The one-off costs of the measures per horizon year, as the projection sums them (each measure's rounded). */
function oneOffCostsPerYear(scenario: Scenario, Y: number): number[] {
  const out = new Array<number>(Y).fill(0);
  for (const m of compile(scenario).measures) {
    for (let yi = 0; yi < m.oneOffCosts.length; yi++) out[yi] = (out[yi] as number) + (m.oneOffCosts[yi] as number);
  }
  return out;
}

/** Sorts each year's block in place and reads P10, P50 and P90, rounded to whole euros. */
function band(byYear: Float64Array, Y: number, draws: number): PercentileBand {
  const out: PercentileBand = { p10: new Array<number>(Y), p50: new Array<number>(Y), p90: new Array<number>(Y) };
  for (let yi = 0; yi < Y; yi++) {
    const block = byYear.subarray(yi * draws, (yi + 1) * draws);
    block.sort();
    out.p10[yi] = roundEuro(percentile(block, BAND.p10));
    out.p50[yi] = roundEuro(percentile(block, BAND.p50));
    out.p90[yi] = roundEuro(percentile(block, BAND.p90));
  }
  return out;
}
