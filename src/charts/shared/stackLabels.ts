// One-dimensional label dodging: keeps labels near their anchors while no two overlap vertically.
// Pure, deterministic; used for annotation stacks beside a line.

export interface StackItem {
  key: string;
  /** Where the label would like its top edge to be. */
  top: number;
  height: number;
}

/** Returns each label's top edge, in input order, at least `gap` apart and within [min, max]. */
export function stackLabels(
  items: readonly StackItem[],
  { gap = 4, min, max }: { gap?: number; min: number; max: number },
): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.top - b.top);
  const tops: number[] = [];
  // Push down to clear the label above…
  sorted.forEach((item, index) => {
    const floor = index === 0 ? min : tops[index - 1]! + sorted[index - 1]!.height + gap;
    tops.push(Math.max(item.top, floor));
  });
  // …then pull back up from the bottom edge if the stack overflows it.
  for (let index = sorted.length - 1; index >= 0; index -= 1) {
    const ceiling = index === sorted.length - 1 ? max - sorted[index]!.height : tops[index + 1]! - gap - sorted[index]!.height;
    tops[index] = Math.max(min, Math.min(tops[index]!, ceiling));
  }
  return new Map(sorted.map((item, index) => [item.key, tops[index]!]));
}
