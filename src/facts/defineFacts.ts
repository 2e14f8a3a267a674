// A fact is a value computed from the data plus the format it is printed in. Chapters print facts
// by id (`<Fact id="nvidia.monday.change" />`); they never contain the number itself.

import type { ValueFormat } from '../format/formatValue';

export interface Fact {
  value: number | string;
  format: ValueFormat;
  /** A figure known only to its written precision (a report's "7%" is 6.5–7.5%): half that unit, in the value's unit. */
  plusOrMinus?: number;
}

export type FactTable = Readonly<Record<string, Fact>>;

/** Looks a fact up, failing with the list of close matches so a typo in MDX fails the build clearly. */
export function lookUpFact(facts: FactTable, id: string, { where }: { where: string }): Fact {
  const fact = facts[id];
  if (fact) return fact;
  const stem = id.split('.').slice(0, -1).join('.');
  const near = Object.keys(facts).filter((key) => stem && key.startsWith(stem));
  const hint = near.length > 0 ? ` Facts under "${stem}": ${near.join(', ')}.` : '';
  throw new Error(`${where}: unknown fact "${id}".${hint}`);
}
