import { formatDate, formatDateTime } from '../../../shared/format/date';

describe('formatDate', () => {
  it('writes nl-NL and en-GB dates', () => {
    expect(formatDate('2024-03-05', { lang: 'nl' })).toBe('5 maart 2024');
    expect(formatDate('2024-03-05', { lang: 'en' })).toBe('5 March 2024');
    expect(formatDate('2024-03-05', { lang: 'nl', style: 'short' })).toBe('05-03-2024');
    expect(formatDate('2024-03-05', { lang: 'en', style: 'short' })).toBe('05/03/2024');
  });

  it('does not shift a bare date into the day before, whatever the zone', () => {
    expect(formatDate('2024-01-01', { lang: 'nl', timeZone: 'America/New_York' })).toBe('1 januari 2024');
  });

  it('formats a date-time in the given zone', () => {
    const opts = { timeZone: 'Europe/Amsterdam' } as const;
    expect(formatDateTime('2024-03-05T13:02:00Z', { lang: 'nl', ...opts })).toBe('5 maart 2024 om 14:02');
    expect(formatDateTime('2024-03-05T13:02:00Z', { lang: 'en', ...opts })).toBe('5 March 2024 at 14:02');
    expect(formatDate(new Date('2024-12-31T23:30:00Z'), { lang: 'nl', ...opts })).toBe('1 januari 2025');
  });

  it('returns an unreadable value as given', () => {
    expect(formatDate('not a date', { lang: 'nl' })).toBe('not a date');
  });
});
