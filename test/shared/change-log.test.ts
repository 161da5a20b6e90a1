import { changeLogMarkdown } from '../../shared/summary/change-log';

describe('changeLogMarkdown', () => {
  const entries = [
    { label: 'Korting Vitale Coalitie 20% → 15%', at: '2026-11-26T13:02:00Z' },
    { label: 'Taakstelling 2023: € 2.000.000', at: '2026-11-26T13:05:00Z' },
  ];
  it('lists the steps in order with Dutch times', () => {
    expect(changeLogMarkdown('Variant B', entries, 'nl', 'Europe/Amsterdam')).toBe(
      '# Wijzigingen in „Variant B”\n\n1. 26-11-2026, 14:02 — Korting Vitale Coalitie 20% → 15%\n2. 26-11-2026, 14:05 — Taakstelling 2023: € 2.000.000\n',
    );
  });
  it('speaks English and says when nothing changed', () => {
    expect(changeLogMarkdown('B', entries, 'en', 'UTC')).toContain('1. 26/11/2026, 13:02 — Korting');
    expect(changeLogMarkdown('B', [], 'en')).toBe('# Changes to “B”\n\nNo changes.\n');
  });
});
