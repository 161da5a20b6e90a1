import { formatters } from '../format';

const f = formatters('nl');

/** The import's size limits, as its help states them. */
const limits = (megabytes: number, rows: number, columns: number, cells: number) => {
  const n = (v: number) => f.number(v, { maxDigits: 0 });
  return `${n(megabytes)} MB, ${n(rows)} rijen, ${n(columns)} kolommen of ${n(cells)} cellen`;
};

export const commandLine = {
  overview: {
    title: 'vcp — Vitale Coalitie Scenarioplanner op de opdrachtregel',
    usage: 'Gebruik:',
    options: 'Opties:',
    lang: (langs: string, fallback: string) => `  --lang ${langs}   taal van meldingen en tabellen (standaard ${fallback})`,
    help: '  -h, --help     deze hulp; "vcp OPDRACHT --help" voor één opdracht',
    exit: 'Afsluitcodes: 0 goed, 1 ongeldige invoer, 2 verkeerd gebruik, 3 onverwachte fout.',
  },

  validate: {
    usage: 'validate BESTAND...',
    summary: 'controleer scenariobestanden',
    help: [
      'Controleert elk bestand tegen het scenarioformaat, versie 1. Elk probleem komt op een eigen',
      'regel op de standaarduitvoer als "BESTAND: PLAATS: melding"; PLAATS is "-" voor het hele bestand.',
      'Afsluitcode 0 als elk bestand geldig is, anders 1.',
    ].join('\n'),
  },

  project: {
    usage: 'project BESTAND [--json] [--unit euro|thousand] [--draws N [--seed S] [--certainty C]]',
    summary: 'reken een scenario door, per jaar',
    help: [
      'Rekent het scenario door en toont per jaar: basis, scenario, besparing, cumulatief, het effect',
      'van elke ingeschakelde maatregel, de taakstelling en het tekort.',
      '',
      '  --json                 de doorrekening als JSON in hele euro\'s (zie scenario-format.md)',
      '  --unit euro|thousand   bedragen in hele euro\'s (standaard) of in duizenden euro\'s,',
      '                         afgerond zodat elke kolom blijft optellen',
      '  --draws N              ook de onzekerheid: N trekkingen (1–100000) van de bandbreedtes',
      '                         van de maatregelen; geeft P10, P50 en P90 van de besparing per',
      '                         jaar en de kans dat de taakstelling wordt gehaald (in JSON:',
      '                         "uncertainty": {"p10", "p50", "p90", "targetMet"})',
      '  --seed S               startwaarde van de trekkingen, een geheel getal (standaard 1):',
      '                         dezelfde seed geeft dezelfde uitkomst',
      '  --certainty C          zekerheid 0.5–0.99 (standaard 0.9): per jaar de besparing die met',
      '                         die zekerheid minstens wordt gehaald (in JSON: "certain")',
    ].join('\n'),
    certain: (level: number) => `Besparing met ${f.percent(level, { maxDigits: 0 })} zekerheid (minstens)`,
    certainty: '0.5 tot en met 0.99',
    p10: 'Besparing P10 (9 op 10 trekkingen hoger)',
    p50: 'Besparing P50 (mediaan)',
    p90: 'Besparing P90 (1 op 10 trekkingen hoger)',
    targetMet: 'Kans dat de taakstelling wordt gehaald',
    integer: 'een geheel getal',
    withDraws: 'alleen samen met --draws N',
    noteCertain: (draws: number, seed: number) =>
      `Onzekerheid: geen ingeschakelde maatregel heeft een bandbreedte, dus P10 = P50 = P90 = de besparing (${f.number(draws, { digits: 0 })} trekkingen, seed ${seed}).`,
    noteUncertain: (draws: number, seed: number, uncertain: number) =>
      `Onzekerheid: ${f.number(draws, { digits: 0 })} trekkingen (seed ${seed}), ${f.plural(uncertain, { one: '# maatregel', other: '# maatregelen' })} met een bandbreedte, elk driehoekig verdeeld (laag, 1, hoog).`,
  },

  compare: {
    usage: 'compare BESTAND BESTAND... [--json] [--unit euro|thousand]',
    summary: 'vergelijk scenario’s naast elkaar',
    help: [
      'Rekent elk scenario door en zet ze naast elkaar: per jaar dat ze alle hebben de besparing van',
      'elk, het verschil met het eerste (A), cumulatief, de taakstelling, en daarna wat er verschilt',
      'in jaren, uitgangspunten, regels en maatregelen, in gewone zinnen.',
      '',
      '  --json                 {"years": de gedeelde jaren, "scenarios": per bestand de hele',
      '                         doorrekening zoals "project --json", "differences": de verschillen}',
      '  --unit euro|thousand   bedragen in hele euro\'s (standaard) of in duizenden euro\'s',
      '',
      'Een ongeldig bestand wordt gemeld zoals "validate" dat doet (afsluitcode 1).',
    ].join('\n'),
    twoFiles: 'geef ten minste twee bestanden om te vergelijken',
    title: 'Vergelijking van scenario’s',
    savings: 'Besparing',
    difference: (ref: string) => `Verschil met ${ref}`,
    cumulative: 'Cumulatief vanaf het eerste gedeelde jaar',
    cumulativeDifference: (ref: string) => `Verschil met ${ref}, cumulatief`,
    target: 'Taakstelling',
    gap: 'Tekort (+) / overschot (−)',
    differences: (label: string, ref: string) => `Wat verschilt in ${label} ten opzichte van ${ref}`,
    noDifferences: 'Geen verschillen in jaren, uitgangspunten, regels, maatregelen of taakstelling.',
    reference: 'referentie',
  },

  import: {
    usage:
      'import BESTAND --title TITEL --base-year JAAR --out NIEUW.vcscenario.json [--map KOLOM=VELD]... [--sheet WERKBLAD] [--municipality NAAM|GMxxxx] [--force]',
    summary: 'maak een scenario van begrotingsregels in CSV of XLSX',
    help: (megabytes: number, rows: number, columns: number, cells: number) =>
      [
        'Leest begrotingsregels uit een CSV-bestand (; of , als scheidingsteken, decimale komma of punt:',
        'herkend en getoond) of een Excel-werkmap (.xlsx; formules met hun opgeslagen uitkomst) en schrijft',
        'een nieuw scenario. De kolommen worden aan hun koppen herkend (Omschrijving, Bedrag, Begroting 2024,',
        'Aantal cliënten, Tarief, Taakveld, Organisatie, Groep, Soort, Loonaandeel, Groei, Toelichting…).',
        'Totaalregels worden overgeslagen; elke rij die niet te lezen is, wordt met rijnummer en reden getoond.',
        `Een bestand van meer dan ${limits(megabytes, rows, columns, cells)} wordt geweigerd,`,
        'met de grens in de melding; er wordt dan niets geïmporteerd (zie docs/import.md).',
        '',
        '  --title TITEL            titel van het nieuwe scenario (verplicht)',
        '  --base-year JAAR         het jaar waarop de bedragen slaan (verplicht)',
        '  --out BESTAND            het nieuwe scenariobestand (verplicht)',
        '  --map KOLOM=VELD         koppel een kolom (kop of letter) aan een veld; herhaalbaar. Velden: name,',
        '                           kind, amount, volume, unitCost, group, organisation, taakveld, wageShare,',
        '                           volumeGrowth, notes, ignore (of naam, soort, bedrag, aantal, tarief, …)',
        '  --sheet WERKBLAD         het werkblad van een XLSX (standaard het eerste)',
        '  --decimal comma|point    decimale komma of punt, als de herkenning het mis heeft',
        '  --scale 1|1000|1000000   de eenheid van de bedragen (× € 1.000: 1000), als het bestand het niet of verkeerd zegt',
        '  --separator ";"|","|tab  het scheidingsteken van een CSV, als de herkenning het mis heeft',
        '  --keep-row N             rij N is toch een regel, geen totaal; herhaalbaar',
        '  --municipality NAAM|GMxxxx  CBS open data (Iv3): de gemeente waarvan de lasten per taakveld van het',
        '                           sociaal domein worden geïmporteerd (verplicht als het bestand er meer heeft)',
        '  --report VERSLAGSOORT    CBS open data: de verslagsoort (standaard de begroting), bijvoorbeeld realisatie',
        '  --force                  overschrijf een bestaand --out',
        '',
        'Afsluitcode 0 als het scenario geschreven is, 1 als het bestand onleesbaar is of geen enkele regel',
        'bevat, 2 bij verkeerd gebruik (ook: --out bestaat al zonder --force).',
      ].join('\n'),
    missingFile: 'geef een bestand (CSV of XLSX)',
    oneFile: 'geef precies één bestand',
    required: (option: string) => `${option} is verplicht`,
    badYear: (value: string, min: number, max: number) => `--base-year "${value}" is geen jaartal van ${min} tot en met ${max}`,
    badMap: (value: string) => `--map "${value}" heeft de vorm KOLOM=VELD, bijvoorbeeld --map "Begroting 2024=amount"`,
    unknownColumn: (value: string, columns: string) => `--map: kolom "${value}" staat niet in het bestand; er zijn: ${columns}`,
    unknownField: (value: string, fields: string) => `--map: veld "${value}" bestaat niet; kies uit: ${fields}`,
    badChoice: (value: string, option: string, allowed: string) => `ongeldige waarde "${value}" voor ${option} (kies uit: ${allowed})`,
    badRow: (value: string) => `--keep-row "${value}" is geen rijnummer`,
    exists: (file: string) => `${file} bestaat al; geef --force om het te overschrijven`,
    read: 'Gelezen',
    columns: 'Kolommen',
    skipped: 'Overgeslagen',
    problems: 'Niet te lezen (niet geïmporteerd)',
    notes: 'Opmerkingen',
    result: (lines: number, total: string, bad: number, skipped: number, empty: number) =>
      `${f.plural(lines, { one: '# regel', other: '# regels' })} geïmporteerd (samen ${total} in het basisjaar); ${f.plural(bad, { one: '# rij', other: '# rijen' })} niet te lezen, ${f.number(skipped, { maxDigits: 0 })} overgeslagen, ${f.plural(empty, { one: '# lege rij', other: '# lege rijen' })} genegeerd.`,
    nothing: 'Er is geen enkele begrotingsregel te lezen; er is niets geschreven.',
    nothingHint: 'Kijk of de kolommen goed gekoppeld zijn (--map "Kolom=veld") en of de decimalen kloppen (--decimal).',
    wrote: 'Geschreven',
    wageFraction: 'De kolom loonaandeel bevat breuken (0,8 = 80%).',
    writeFailed: (reason: string) => `Het scenario kan niet worden geschreven (${reason}).`,
  },

  export: {
    usage: 'export BESTAND... --format pdf|xlsx|csv|md|png|html|monitor-pdf|monitor-xlsx|monitor-md [--out PAD] [--unit …] [--table …] [--csv-style …] [--range …]',
    summary: 'een samenvatting als PDF, XLSX, CSV, Markdown of PNG, een interactieve pagina (HTML), of de monitor',
    help: [
      'Schrijft een samenvatting van het scenario: kerncijfers, de besparing per jaar en per maatregel,',
      'de maatregelen met hun instellingen, de gevolgen per organisatie en de aannames.',
      '',
      '  --format pdf           één A4-pagina voor college en raad (Chromium nodig)',
      '           xlsx          werkmap voor controllers: bedragen als getallen, totalen als formules',
      '           csv           één tabel (zie --table)',
      '           md            Markdown, voor e-mail en wiki',
      '           png           de grafiek van de besparing, 1920 pixels breed (Chromium nodig)',
      '           html          een interactieve pagina: de maatregelen als schakelaars en schuifbalken,',
      '                         de besparing, de taakstelling en de gevolgen per organisatie rekenen mee;',
      '                         één bestand dat zonder internet en zonder server in elke browser opent',
      '           monitor-pdf, monitor-xlsx, monitor-md',
      '                         de monitor: per maatregel en jaar gepland tegen gerealiseerd (realised),',
      '                         met signaal (groen ≥ 90 %, oranje ≥ 50 %, rood) en wat nog te dekken is',
      '  --out PAD              het bestand; zonder --out schrijven md, csv, html en monitor-md naar de uitvoer',
      '  --unit euro|thousand   hele euro\'s (standaard) of duizenden euro\'s, tabellen blijven optellen',
      '  --table year|line|measure|organisation|structural|incidental',
      '                         welke tabel in de CSV komt (standaard year: per jaar; structural:',
      '                         structureel evenwicht, incidental: incidentele baten en lasten)',
      '  --csv-style nl|international',
      '                         nl (standaard): ";" en decimale komma, met BOM voor Excel;',
      '                         international: "," en decimale punt, zonder BOM',
      '  --date JJJJ-MM-DD      de datum op de samenvatting (standaard vandaag)',
      '  --range MIN-MAX        html: het bereik van de schuifbalken, als factor van het plan',
      '                         (standaard 0-2: van niets tot twee keer zo sterk; 1 moet erin liggen)',
      '  --range ID=MIN-MAX     html: het bereik voor één maatregel (mag vaker; 1-1 zet de sterkte vast)',
      '',
      'Met meer dan één bestand: een vergelijking van de scenario\'s (het eerste is de referentie),',
      'in dezelfde formaten behalve html; --table is dan year of organisation.',
      '',
      'Chromium wordt gezocht in /usr/bin/chromium en dergelijke, of waar CHROMIUM_PATH naar wijst.',
    ].join('\n'),
    wrote: (path: string, size: string) => `${path} geschreven (${size})`,
    noChromium: (looked: string) =>
      `vcp: voor PDF en PNG is Chromium nodig, maar die is niet gevonden (gezocht: ${looked}). Installeer het (bijvoorbeeld "apt-get install chromium") of wijs het aan met CHROMIUM_PATH. Markdown, CSV en XLSX werken zonder.`,
    cannotWrite: (path: string, reason: string) => `vcp: ${path} kan niet worden geschreven (${reason}).`,
  },

  /** vcp export --format html: the interactive page (#22). */
  interactivePage: {
    rangeOnlyHtml: '--range hoort bij --format html: het bereik van de schuifbalken van de interactieve pagina.',
    oneFile: 'De interactieve pagina (--format html) is er voor één scenario: geef één bestand.',
    badRange: (given: string, problem: string) => `--range ${given}: ${problem}`,
    unknownMeasure: (id: string, known: string) => `--range: het scenario heeft geen maatregel met id "${id}" (wel: ${known}).`,
    notBuilt: {
      missing:
        'vcp: het script van de interactieve pagina is nog niet gebouwd. Bouw het met "npm run build:page" (npm ci, npm run build en npm test doen dat ook).',
      stale:
        'vcp: het script van de interactieve pagina is ouder dan de code waaruit het gebouwd is, en kan dus andere bedragen tonen dan vcp project. Bouw het opnieuw met "npm run build:page".',
    },
  },
};
