// Iv3 taakvelden of the social domain, for the `taakveld` field of a line and its name.
// Source: the Iv3-informatievoorschrift 2023 as quoted by public municipal budget sites
// (findo.nl, financiengemeenten.nl, a municipality's taakvelden budget site). Task field 6 changed twice, so a scenario may carry
// codes of any of the three versions. The 2025 codes were seen only in a 2026 budget and public
// code: they are marked `toVerify` until checked against the Iv3-informatievoorschrift 2025.

/** 'tot-2022': up to and including 2022; '2023-2024'; 'vanaf-2025': from 2025 (to verify). */
export type TaakveldVersion = 'tot-2022' | '2023-2024' | 'vanaf-2025';
export const TAAKVELD_VERSIONS: readonly TaakveldVersion[] = ['tot-2022', '2023-2024', 'vanaf-2025'];

export interface Taakveld {
  code: string;
  name: string;
  version: TaakveldVersion;
  /** Not yet checked against the official Iv3 source. */
  toVerify?: true;
}

const tot2022: [string, string][] = [
  ['6.1', 'Samenkracht en burgerparticipatie'],
  ['6.2', 'Wijkteams'],
  ['6.3', 'Inkomensregelingen'],
  ['6.4', 'Begeleide participatie'],
  ['6.5', 'Arbeidsparticipatie'],
  ['6.6', 'Maatwerkvoorzieningen (WMO)'],
  ['6.71', 'Maatwerkdienstverlening 18+'],
  ['6.72', 'Maatwerkdienstverlening 18-'],
  ['6.81', 'Geëscaleerde zorg 18+'],
  ['6.82', 'Geëscaleerde zorg 18-'],
];

// 6.1, 6.3, 6.5 and 6.6 continue unchanged, 6.2 and 6.4 are renamed; 6.71, 6.72, 6.81 and 6.82
// are split into the lettered sub-fields, which replace them.
const v2023: [string, string][] = [
  ['6.1', 'Samenkracht en burgerparticipatie'],
  ['6.2', 'Toegang en eerstelijnsvoorzieningen'],
  ['6.3', 'Inkomensregelingen'],
  ['6.4', 'WSW en beschut werk'],
  ['6.5', 'Arbeidsparticipatie'],
  ['6.6', 'Maatwerkvoorzieningen (WMO)'],
  ['6.71a', 'Hulp bij het huishouden (WMO)'],
  ['6.71b', 'Begeleiding (WMO)'],
  ['6.71c', 'Dagbesteding (WMO)'],
  ['6.71d', 'Overige maatwerkarrangementen (WMO)'],
  ['6.72a', 'Jeugdhulp begeleiding'],
  ['6.72b', 'Jeugdhulp behandeling'],
  ['6.72c', 'Jeugdhulp dagbesteding'],
  ['6.72d', 'Jeugdhulp zonder verblijf overig'],
  ['6.73a', 'Pleegzorg'],
  ['6.73b', 'Gezinsgericht'],
  ['6.73c', 'Jeugdhulp met verblijf overig'],
  ['6.74a', 'Jeugdhulp behandeling GGZ zonder verblijf'],
  ['6.74b', 'Jeugdhulp crisis/LTA/GGZ-verblijf'],
  ['6.74c', 'Gesloten plaatsing'],
  ['6.81a', 'Beschermd wonen (WMO)'],
  ['6.81b', 'Maatschappelijke- en vrouwenopvang (WMO)'],
  ['6.82a', 'Jeugdbescherming'],
  ['6.82b', 'Jeugdreclassering'],
];

// Only the codes the source lists for 2025; whether 6.1 and 6.3–6.5 continue is not stated there.
const vanaf2025: [string, string][] = [
  ['6.21', 'Toegang en eerstelijnsvoorzieningen Wmo'],
  ['6.22', 'Toegang en eerstelijnsvoorzieningen Jeugd'],
  ['6.23', 'Toegang en eerstelijnsvoorzieningen Integraal'],
  ['6.60', 'Hulpmiddelen en diensten (Wmo)'],
  ['6.711', 'Huishoudelijke hulp (Wmo)'],
  ['6.712', 'Begeleiding (Wmo)'],
  ['6.713', 'Dagbesteding (Wmo)'],
  ['6.714', 'Overige maatwerkarrangementen (Wmo)'],
  ['6.751', 'Jeugdhulp ambulant lokaal'],
  ['6.752', 'Jeugdhulp ambulant regionaal'],
  ['6.753', 'Jeugdhulp ambulant landelijk'],
  ['6.761', 'Jeugdhulp met verblijf lokaal'],
  ['6.762', 'Jeugdhulp met verblijf regionaal'],
  ['6.763', 'Jeugdhulp met verblijf landelijk'],
  ['6.791', 'PGB Wmo'],
  ['6.792', 'PGB Jeugd'],
  ['6.811', 'Beschermd wonen (Wmo)'],
  ['6.812', 'Maatschappelijke- en vrouwenopvang (Wmo)'],
  ['6.821', 'Jeugdbescherming'],
  ['6.822', 'Jeugdreclassering'],
  ['6.91', 'Coördinatie en beleid Wmo'],
  ['6.92', 'Coördinatie en beleid Jeugd'],
];

/** Every (code, version) pair, oldest version first. */
export const TAAKVELDEN: readonly Taakveld[] = [
  ...tot2022.map(([code, name]): Taakveld => ({ code, name, version: 'tot-2022' })),
  ...v2023.map(([code, name]): Taakveld => ({ code, name, version: '2023-2024' })),
  ...vanaf2025.map(([code, name]): Taakveld => ({ code, name, version: 'vanaf-2025', toVerify: true })),
];

/**
 * Outside the social domain, listed because partners are booked there: a library usually sits
 * under 5.6 Media. The same code and name in every version.
 */
export const OTHER_TAAKVELDEN: readonly { code: string; name: string }[] = [{ code: '5.6', name: 'Media' }];

/** The entries of a code, oldest version first; empty when the code is not known. */
export function taakveldEntries(code: string): Taakveld[] {
  const key = code.trim();
  return TAAKVELDEN.filter((t) => t.code === key);
}

/**
 * The name of a taakveld: in `version` when given, else in the newest version that has the code
 * (6.2 is "Toegang en eerstelijnsvoorzieningen", or "Wijkteams" in 'tot-2022').
 * Undefined when the code (in that version) is not known.
 */
export function taakveldName(code: string, version?: TaakveldVersion): string | undefined {
  const entries = taakveldEntries(code);
  const entry = version ? entries.find((t) => t.version === version) : entries[entries.length - 1];
  return entry?.name ?? OTHER_TAAKVELDEN.find((t) => t.code === code.trim())?.name;
}

/** The Iv3 version in force in a year: up to 2022, 2023–2024, from 2025. */
export function taakveldVersionFor(year: number): TaakveldVersion {
  if (year <= 2022) return 'tot-2022';
  if (year <= 2024) return '2023-2024';
  return 'vanaf-2025';
}

/** The name of a code as in force in `year`, else in the newest version that has it. */
export function taakveldNameFor(code: string, year: number): string | undefined {
  return taakveldName(code, taakveldVersionFor(year)) ?? taakveldName(code);
}
