import { describe, expect, it } from 'vitest';
import { parseContentDate } from '@/lib/content/dates';

describe('parseContentDate', () => {
  it('accepts a calendar day and keeps it as written', () => {
    expect(parseContentDate('2023-02-22')).toEqual({ iso: '2023-02-22', time: Date.UTC(2023, 1, 22), dateOnly: true, floating: false });
  });

  it('accepts date-times with and without an offset', () => {
    expect(parseContentDate('2024-05-31T14:00:00+02:00')?.time).toBe(Date.UTC(2024, 4, 31, 12));
    expect(parseContentDate('2024-05-31T14:00:00Z')?.iso).toBe('2024-05-31T14:00:00Z');
    expect(parseContentDate('2024-05-31 14:00')).toMatchObject({ floating: true, iso: '2024-05-31T14:00:00' });
  });

  it.each(['2021-09-013', '2024-13-45', '2023-02-29', '2024-04-31', '2024-00-10', '2024-05-31T24:00', '31/05/2024', 'soon', ''])(
    'rejects %j instead of rolling it over',
    (raw) => {
      expect(parseContentDate(raw)).toBeUndefined();
    },
  );

  it('knows leap years', () => {
    expect(parseContentDate('2024-02-29')?.iso).toBe('2024-02-29');
    expect(parseContentDate('1900-02-29')).toBeUndefined();
  });
});
