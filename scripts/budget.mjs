// The story's JavaScript budget, gzip, defined once: the size test (e2e/budget.spec.ts) fails
// beyond it and the benchmark (scripts/bench.mjs) prints it as the target.
export const jsBudget = {
  /** What a phone fetches on load of the English story (the entry and its static imports). */
  onLoadKb: 15,
  /** What it has fetched once every chart section has gone live; why it moved is in `git log -p scripts/budget.mjs`. */
  wholeStoryKb: 35,
};
