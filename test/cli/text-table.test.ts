import { renderTextTable } from '../../cli/text-table';

describe('renderTextTable', () => {
  const table = {
    header: ['2020', '2021', '2022'],
    rows: [
      { label: 'Besparing', cells: ['175.000', '364.701', '\u221238.000'] },
      { label: 'Per maatregel', cells: [] },
      { label: '  Een heel lange naam van een maatregel', cells: ['0', '1', '2'] },
    ],
  };

  it('aligns labels left and figures right', () => {
    expect(renderTextTable(table, { maxWidth: 200 }).split('\n')).toEqual([
      '                                            2020     2021     2022',
      'Besparing                                175.000  364.701  \u221238.000',
      'Per maatregel',
      '  Een heel lange naam van een maatregel        0        1        2',
    ]);
  });

  it('shortens long labels and splits into blocks of columns that fit', () => {
    const out = renderTextTable(table, { maxWidth: 30, maxLabel: 12 }).split('\n');
    expect(out).toEqual([
      '                 2020     2021',
      'Besparing     175.000  364.701',
      'Per maatregel',
      '  Een heel …        0        1',
      '',
      '                 2022',
      'Besparing     \u221238.000',
      'Per maatregel',
      '  Een heel …        2',
    ]);
  });
});
