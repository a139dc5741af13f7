import { localDate, timeZoneOffsetMs, zonedStartOfDay } from './zoned-time';

const HOUR = 3_600_000;
const iso = (d: Date): string => d.toISOString();
const dayLengthHours = (day: string, next: string, tz: string): number =>
  (zonedStartOfDay(next, tz).getTime() - zonedStartOfDay(day, tz).getTime()) / HOUR;

describe('localDate', () => {
  it('uses the zone, not UTC (Tokyo is UTC+9 all year)', () => {
    expect(localDate(new Date('2026-11-22T14:59:59.999Z'), 'Asia/Tokyo')).toBe('2026-11-22');
    expect(localDate(new Date('2026-11-22T15:00:00.000Z'), 'Asia/Tokyo')).toBe('2026-11-23');
  });

  it('follows New York across its DST start and end', () => {
    // EST (−5) before 2026-03-08, EDT (−4) after.
    expect(localDate(new Date('2026-03-08T04:59:59Z'), 'America/New_York')).toBe('2026-03-07');
    expect(localDate(new Date('2026-03-08T05:00:00Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDate(new Date('2026-03-09T03:59:59Z'), 'America/New_York')).toBe('2026-03-08');
    expect(localDate(new Date('2026-03-09T04:00:00Z'), 'America/New_York')).toBe('2026-03-09');
  });

  it('throws for an invalid date or zone', () => {
    expect(() => localDate(new Date('nope'), 'Asia/Tokyo')).toThrow(RangeError);
    expect(() => localDate(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('timeZoneOffsetMs', () => {
  it('reads the offset in force at the instant', () => {
    expect(timeZoneOffsetMs(new Date('2026-07-01T00:00:00Z'), 'Asia/Tokyo')).toBe(9 * HOUR);
    expect(timeZoneOffsetMs(new Date('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(1 * HOUR);
    expect(timeZoneOffsetMs(new Date('2026-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(2 * HOUR);
    expect(timeZoneOffsetMs(new Date('2026-07-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(5.75 * HOUR);
  });
});

describe('zonedStartOfDay', () => {
  it('is the previous day 15:00 UTC in Tokyo, always 24 h long', () => {
    expect(iso(zonedStartOfDay('2026-11-23', 'Asia/Tokyo'))).toBe('2026-11-22T15:00:00.000Z');
    expect(iso(zonedStartOfDay('2026-04-01', 'Asia/Tokyo'))).toBe('2026-03-31T15:00:00.000Z');
    expect(dayLengthHours('2026-03-08', '2026-03-09', 'Asia/Tokyo')).toBe(24);
  });

  it('gives New York a 23 h spring-forward day and a 25 h fall-back day', () => {
    expect(iso(zonedStartOfDay('2026-03-08', 'America/New_York'))).toBe('2026-03-08T05:00:00.000Z');
    expect(iso(zonedStartOfDay('2026-03-09', 'America/New_York'))).toBe('2026-03-09T04:00:00.000Z');
    expect(dayLengthHours('2026-03-08', '2026-03-09', 'America/New_York')).toBe(23);
    expect(iso(zonedStartOfDay('2026-11-01', 'America/New_York'))).toBe('2026-11-01T04:00:00.000Z');
    expect(dayLengthHours('2026-11-01', '2026-11-02', 'America/New_York')).toBe(25);
  });

  it('handles Berlin, whose transitions happen at 01:00 UTC', () => {
    expect(iso(zonedStartOfDay('2026-03-29', 'Europe/Berlin'))).toBe('2026-03-28T23:00:00.000Z');
    expect(iso(zonedStartOfDay('2026-03-30', 'Europe/Berlin'))).toBe('2026-03-29T22:00:00.000Z');
    expect(dayLengthHours('2026-03-29', '2026-03-30', 'Europe/Berlin')).toBe(23);
    expect(dayLengthHours('2026-10-25', '2026-10-26', 'Europe/Berlin')).toBe(25);
  });

  it('starts a day whose midnight was skipped at the end of the gap (São Paulo 2018-11-04)', () => {
    // Clocks jumped from 00:00 to 01:00 (−03 → −02), so the day began at 01:00 local.
    expect(iso(zonedStartOfDay('2018-11-04', 'America/Sao_Paulo'))).toBe(
      '2018-11-04T03:00:00.000Z',
    );
    expect(localDate(new Date('2018-11-04T02:59:59Z'), 'America/Sao_Paulo')).toBe('2018-11-03');
  });

  it('starts a day whose midnight repeats at the first midnight (Havana 2025-11-02)', () => {
    // Clocks went back from 01:00 CDT (−4) to 00:00 CST (−5).
    expect(iso(zonedStartOfDay('2025-11-02', 'America/Havana'))).toBe('2025-11-02T04:00:00.000Z');
    expect(dayLengthHours('2025-11-02', '2025-11-03', 'America/Havana')).toBe(25);
  });

  it('gives a day the zone skipped zero length (Apia skipped 2011-12-30)', () => {
    const skipped = zonedStartOfDay('2011-12-30', 'Pacific/Apia');
    expect(skipped.getTime()).toBe(zonedStartOfDay('2011-12-31', 'Pacific/Apia').getTime());
    expect(localDate(skipped, 'Pacific/Apia')).toBe('2011-12-31');
  });

  it('handles non-hour offsets', () => {
    expect(iso(zonedStartOfDay('2026-01-01', 'Asia/Kathmandu'))).toBe('2025-12-31T18:15:00.000Z');
    expect(iso(zonedStartOfDay('2026-01-01', 'Australia/Lord_Howe'))).toBe(
      '2025-12-31T13:00:00.000Z',
    );
  });

  it('is the first instant of its local day for every day of two years in several zones', () => {
    const zones = [
      'Asia/Tokyo',
      'America/New_York',
      'Europe/Berlin',
      'Australia/Sydney',
      'America/Santiago',
    ];
    for (const tz of zones) {
      let day = '2025-01-01';
      for (let i = 0; i < 730; i += 1) {
        const start = zonedStartOfDay(day, tz);
        expect([tz, localDate(start, tz)]).toEqual([tz, day]);
        expect(localDate(new Date(start.getTime() - 1), tz) < day).toBe(true);
        const next = new Date(
          Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8)) + 1),
        );
        day = next.toISOString().slice(0, 10);
      }
    }
  });

  it('rejects a malformed date', () => {
    expect(() => zonedStartOfDay('2026-02-30', 'Asia/Tokyo')).toThrow(RangeError);
    expect(() => zonedStartOfDay('2026/11/23', 'Asia/Tokyo')).toThrow(RangeError);
  });
});
