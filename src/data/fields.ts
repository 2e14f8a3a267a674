// Zod field parsers for CSV cells (always strings), with messages that say what was expected.
// Shared by every dataset definition so a bad cell reads the same way in every file.

import { z } from 'astro/zod';

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A finite decimal number written plainly (no thousands separators, no units). */
export const numberCell = z
  .string()
  .trim()
  .refine((cell) => NUMBER.test(cell), { error: (issue) => `expected a number, got "${String(issue.input)}"` })
  .transform(Number);

/** A strictly positive number, e.g. a price or an index level. */
export const positiveCell = numberCell.refine((value) => value > 0, {
  error: (issue) => `expected a positive number, got ${String(issue.input)}`,
});

/** A whole number ≥ 0, e.g. a traded volume. */
export const countCell = numberCell.refine((value) => Number.isInteger(value) && value >= 0, {
  error: (issue) => `expected a whole number ≥ 0, got ${String(issue.input)}`,
});

/** Whether a cell is a calendar date written YYYY-MM-DD that exists (2025-02-30 does not). */
function isIsoDate(cell: string): boolean {
  const match = ISO_DATE.exec(cell);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

/** A calendar date written YYYY-MM-DD that exists (2025-02-30 does not). */
export const dateCell = z
  .string()
  .trim()
  .refine(isIsoDate, { error: (issue) => `expected a date written YYYY-MM-DD, got "${String(issue.input)}"` });

/** An empty cell (undefined) or a date written YYYY-MM-DD that exists. */
export const optionalDateCell = z
  .string()
  .trim()
  .refine((cell) => cell === '' || isIsoDate(cell), {
    error: (issue) => `expected a date written YYYY-MM-DD or nothing, got "${String(issue.input)}"`,
  })
  .transform((cell) => (cell === '' ? undefined : cell));

/** A non-empty text cell. */
export const textCell = z.string().trim().min(1, { error: 'expected a value, the cell is empty' });

/** A text cell that may be empty; empty becomes `undefined`. */
export const optionalTextCell = z
  .string()
  .trim()
  .transform((cell) => (cell === '' ? undefined : cell));

/** An empty cell or an absolute http(s) URL. */
export const optionalUrlCell = optionalTextCell.refine((cell) => cell === undefined || /^https?:\/\/\S+$/.test(cell), {
  error: (issue) => `expected an http(s) URL or nothing, got "${String(issue.input)}"`,
});

/** An absolute http(s) URL. */
export const urlCell = textCell.refine((cell) => /^https?:\/\/\S+$/.test(cell), {
  error: (issue) => `expected an http(s) URL, got "${String(issue.input)}"`,
});

/** One of a fixed list of values; the message lists them: expected a, b or c, got "d". */
export function choiceCell<const Value extends string>(values: readonly [Value, ...Value[]]) {
  const listed = values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
  return z.enum(values, { error: (issue) => `expected ${listed}, got "${String(issue.input)}"` });
}

export const yesNoCell = choiceCell(['yes', 'no']).transform((cell) => cell === 'yes');

/** A time of day written HH:MM (24-hour clock). */
export const timeCell = z
  .string()
  .trim()
  .refine((cell) => /^([01]\d|2[0-3]):[0-5]\d$/.test(cell), {
    error: (issue) => `expected a time written HH:MM, got "${String(issue.input)}"`,
  });
