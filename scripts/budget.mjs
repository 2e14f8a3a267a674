// The story's JavaScript budget, gzip, defined once: the size test (e2e/budget.spec.ts) fails
// beyond it and the benchmark (scripts/bench.mjs) prints it as the target.
export const jsBudget = {
  /** The entry chunk and its static imports, which every reader downloads on load. */
  onLoadKb: 15,
  /** Every chunk, for a reader who reads to the end; why it moved is in `git log -p scripts/budget.mjs`. */
  wholeStoryKb: 37,
};
