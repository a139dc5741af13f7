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

describe('wall clocks from the cached offsets', () => {
  /** The zone's local date and offset read from Intl directly, the reference. */
  const reference = (ms: number, timeZone: string) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      })
        .formatToParts(ms)
        .filter((p) => p.type !== 'literal')
        .map((p) => [p.type, Number(p.value)]),
    );
    const second = Math.floor(ms / 1000) * 1000;
    const wall = Date.UTC(
      parts.year,
      parts.month - 1,
      parts.day,
      parts.hour,
      parts.minute,
      parts.second,
    );
    const pad = (n: number) => String(n).padStart(2, '0');
    return {
      date: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`,
      offset: wall - second,
    };
  };

  // Transitions on and off the quarter hour: New York and London DST, Lord Howe's half-hour
  // DST, São Paulo's midnight DST of 2018, Monrovia's 1972 change from −0:44:30 (at 00:44:30 UTC).
  const cases: [string, string][] = [
    ['America/New_York', '2026-03-08T07:00:00Z'],
    ['America/New_York', '2026-11-01T06:00:00Z'],
    ['Europe/London', '2026-03-29T01:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T15:00:00Z'],
    ['America/Sao_Paulo', '2018-11-04T03:00:00Z'],
    ['Africa/Monrovia', '1972-01-07T00:44:30Z'],
    ['Asia/Tokyo', '2026-12-01T00:00:00Z'],
  ];

  it.each(cases)('agree with Intl second by second around a transition in %s', (zone, at) => {
    const center = Date.parse(at);
    // Every 30 s over an hour each side and every ms around the transition itself, each
    // checked twice: the second read comes from the cache the first one filled.
    const instants: number[] = [];
    for (let ms = center - HOUR; ms <= center + HOUR; ms += 30_000) instants.push(ms);
    for (let ms = center - 250; ms <= center + 250; ms += 1) instants.push(ms);
    for (const ms of instants) {
      const want = reference(ms, zone);
      for (let pass = 0; pass < 2; pass++) {
        const instant = new Date(ms);
        const got = { date: localDate(instant, zone), offset: timeZoneOffsetMs(instant, zone) };
        if (got.date !== want.date || got.offset !== want.offset) {
          throw new Error(
            `${zone} at ${iso(instant)}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`,
          );
        }
      }
    }
  });

  it('agree with Intl before 1970 (not cached)', () => {
    const ms = Date.parse('1887-12-31T15:00:00Z'); // Tokyo's local mean time ended 1888-01-01
    expect(localDate(new Date(ms - 1), 'Asia/Tokyo')).toBe(reference(ms - 1, 'Asia/Tokyo').date);
    expect(timeZoneOffsetMs(new Date(ms - 1), 'Asia/Tokyo')).toBe(
      reference(ms - 1, 'Asia/Tokyo').offset,
    );
  });
});
