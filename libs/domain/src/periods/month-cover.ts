// Splits a range of local days into the calendar months it covers whole and the days left at
// its edges. Month aggregates (YYYY-MM of the local day, independent of fiscal settings) then
// answer the whole months and the raw rows only the edges, with the same result as a scan of
// the whole range.
import {
  addDays,
  daysInMonth,
  formatCivilDate,
  requireCivilDate,
  type CivilDate,
} from '../shared/civil-date';

export type DayRange = { first: string; last: string };
export type MonthCover = { months: string[]; edges: DayRange[] };

/** The month key (YYYY-MM) of a local day (YYYY-MM-DD). */
export const monthOfDay = (localDay: string): string => localDay.slice(0, 7);

const monthKey = (d: CivilDate) => formatCivilDate(d).slice(0, 7);

/** Whole months inside [first, last] (inclusive local days) and the day ranges outside them. */
export const coverWithMonths = (first: string, last: string): MonthCover => {
  const from = requireCivilDate(first, 'first');
  requireCivilDate(last, 'last');
  if (first > last) return { months: [], edges: [] };
  // The first whole month starts on `first` if it is a 1st, else on the next month's 1st.
  const start: CivilDate =
    from.day === 1 ? from : addDays({ ...from, day: daysInMonth(from.year, from.month) }, 1);
  const months: string[] = [];
  let cursor = start;
  for (;;) {
    const monthEnd: CivilDate = { ...cursor, day: daysInMonth(cursor.year, cursor.month) };
    if (formatCivilDate(monthEnd) > last) break;
    months.push(monthKey(cursor));
    cursor = addDays(monthEnd, 1);
  }
  if (months.length === 0) return { months, edges: [{ first, last }] };
  const edges: DayRange[] = [];
  if (first < formatCivilDate(start)) {
    edges.push({ first, last: formatCivilDate(addDays(start, -1)) });
  }
  const after = formatCivilDate(cursor);
  if (after <= last) edges.push({ first: after, last });
  return { months, edges };
};
