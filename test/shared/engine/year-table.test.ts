// The two readings of a YearTable (scenario-format.md, "A YearTable").
import { listedSeries, listedValue, listedYears, stepSeries, stepSourceYear } from '../../../shared/engine/year-table';

const series = (xs: Float64Array) => Array.from(xs);

describe('step reading', () => {
  test('the value at the latest listed year ≤ y; before the first listed year the default', () => {
    expect(series(stepSeries({ '2021': 0.5, '2023': 1 }, 2020, 5, 0))).toEqual([0, 0.5, 0.5, 1, 1]);
  });
  test('key order in the file does not matter', () => {
    expect(series(stepSeries({ '2023': 1, '2021': 0.5 }, 2020, 5, 0))).toEqual([0, 0.5, 0.5, 1, 1]);
  });
  test('years listed before the horizon carry into it; years after it do not reach back', () => {
    expect(series(stepSeries({ '2018': 0.2, '2019': 0.3, '2021': 1 }, 2020, 3, Number.NaN))).toEqual([0.3, 1, 1]);
    expect(series(stepSeries({ '2030': 1 }, 2020, 3, 0))).toEqual([0, 0, 0]);
  });
  test('empty or absent table: the default everywhere', () => {
    expect(series(stepSeries({}, 2020, 2, Number.NaN))).toEqual([Number.NaN, Number.NaN]);
    expect(series(stepSeries(undefined, 2020, 2, 7))).toEqual([7, 7]);
  });
  test('stepSourceYear: the listed year a step value comes from', () => {
    expect(stepSourceYear({ '2021': 1, '2023': 2 }, 2022)).toBe(2021);
    expect(stepSourceYear({ '2021': 1, '2023': 2 }, 2023)).toBe(2023);
    expect(stepSourceYear({ '2021': 1 }, 2020)).toBeUndefined();
  });
});

describe('listed reading (indexation, fixed without continues)', () => {
  test('only the listed years; any other year is 0', () => {
    expect(series(listedSeries({ '2021': 0.02, '2023': 0.01 }, 2020, 5))).toEqual([0, 0.02, 0, 0.01, 0]);
    expect(listedValue({ '2021': 0.02 }, 2022)).toBe(0);
    expect(listedValue(undefined, 2022)).toBe(0);
  });
  test('listedYears: ascending, with values', () => {
    expect(listedYears({ '2023': 1, '2021': 2 })).toEqual([{ year: 2021, value: 2 }, { year: 2023, value: 1 }]);
  });
});
