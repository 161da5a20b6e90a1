import { TAAKVELDEN, TAAKVELD_VERSIONS, taakveldEntries, taakveldName } from '../../../shared/taakvelden';

describe('taakvelden', () => {
  it('names a code in the newest version that has it', () => {
    expect(taakveldName('6.1')).toBe('Samenkracht en burgerparticipatie');
    expect(taakveldName('6.2')).toBe('Toegang en eerstelijnsvoorzieningen');
    expect(taakveldName('6.71')).toBe('Maatwerkdienstverlening 18+');
    expect(taakveldName('6.71b')).toBe('Begeleiding (WMO)');
    expect(taakveldName('6.712')).toBe('Begeleiding (Wmo)');
    expect(taakveldName(' 6.5 ')).toBe('Arbeidsparticipatie');
  });

  it('names a code in a given version', () => {
    expect(taakveldName('6.2', 'tot-2022')).toBe('Wijkteams');
    expect(taakveldName('6.4', 'tot-2022')).toBe('Begeleide participatie');
    expect(taakveldName('6.4', '2023-2024')).toBe('WSW en beschut werk');
    expect(taakveldName('6.71', '2023-2024')).toBeUndefined();
  });

  it('knows the library code outside the social domain, and nothing invented', () => {
    expect(taakveldName('5.6')).toBe('Media');
    expect(taakveldName('6.9')).toBeUndefined();
    expect(taakveldName('')).toBeUndefined();
  });

  it('holds all three versions, the 2025 codes marked to verify', () => {
    const count = (v: string) => TAAKVELDEN.filter((t) => t.version === v).length;
    expect(TAAKVELD_VERSIONS.map(count)).toEqual([10, 24, 22]);
    expect(TAAKVELDEN.filter((t) => t.toVerify).every((t) => t.version === 'vanaf-2025')).toBe(true);
    expect(TAAKVELDEN.filter((t) => t.version === 'vanaf-2025').every((t) => t.toVerify)).toBe(true);
    expect(taakveldEntries('6.2').map((t) => t.version)).toEqual(['tot-2022', '2023-2024']);
    const keys = TAAKVELDEN.map((t) => `${t.version} ${t.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
