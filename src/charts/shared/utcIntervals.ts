// The UTC calendar intervals the charts tick on, with d3-time's boundaries (tested against it):
// every ticked date of an interval that falls within a span. Written here because these few lines
// are all the charts used of d3-time, 4.5 KB of the browser's chart code (1.3 KB gzip).

export interface UtcInterval {
  /** The interval's boundaries from `from` (inclusive, rounded up) to `to` (exclusive). */
  range: (from: Date, to: Date) => Date[];
}

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';

const weekMs = 7 * 86_400_000;
/** The Monday on or before 1 January 1970, from which d3-time counts weeks. */
const firstMonday = Date.UTC(1969, 11, 29);

/** Rounds a date down to its unit in place, steps it one unit on, and numbers it as d3-time's `every` counts. */
const units: Record<Unit, { floor: (date: Date) => void; next: (date: Date) => void; field: (date: Date) => number }> = {
  hour: {
    floor: (date) => date.setUTCMinutes(0, 0, 0),
    next: (date) => date.setUTCHours(date.getUTCHours() + 1),
    field: (date) => date.getUTCHours(),
  },
  day: {
    floor: (date) => date.setUTCHours(0, 0, 0, 0),
    next: (date) => date.setUTCDate(date.getUTCDate() + 1),
    field: (date) => date.getUTCDate() - 1,
  },
  week: {
    floor: (date) => {
      date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      date.setUTCHours(0, 0, 0, 0);
    },
    next: (date) => date.setUTCDate(date.getUTCDate() + 7),
    field: (date) => Math.round((date.getTime() - firstMonday) / weekMs),
  },
  month: {
    floor: (date) => {
      date.setUTCDate(1);
      date.setUTCHours(0, 0, 0, 0);
    },
    next: (date) => date.setUTCMonth(date.getUTCMonth() + 1),
    field: (date) => date.getUTCMonth(),
  },
  year: {
    floor: (date) => {
      date.setUTCMonth(0, 1);
      date.setUTCHours(0, 0, 0, 0);
    },
    next: (date) => date.setUTCFullYear(date.getUTCFullYear() + 1),
    field: (date) => date.getUTCFullYear(),
  },
};

/** Every `every`-th boundary of `unit` (weeks start on Monday), as d3-time's `utcHour.every(3)`, `utcMonday.every(2)`… */
export function utcInterval(unit: Unit, every = 1): UtcInterval {
  const { floor, next, field } = units[unit];
  return {
    range(from, to) {
      // The first boundary at or after `from`.
      const date = new Date(from.getTime() - 1);
      floor(date);
      next(date);
      floor(date);
      const dates: Date[] = [];
      for (; date < to; next(date), floor(date)) if (field(date) % every === 0) dates.push(new Date(date));
      return dates;
    },
  };
}
