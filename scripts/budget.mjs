// The story's JavaScript budget, gzip, defined once: the size test (e2e/budget.spec.ts) fails
// beyond it and the benchmark (scripts/bench.mjs) prints it as the target.
export const jsBudget = {
  /** The entry chunk and its static imports, which every reader downloads on load. */
  onLoadKb: 20,
  /**
   * Every chunk, for a reader who reads to the end. 44 KB since charts lay out with measured font
   * widths and label placement and the map is drawn at every size (38 KB before); 47 KB since every
   * mark can be read (inspect, 1.3 KB) and static reading redraws desktop figures (1.2 KB), both
   * loaded only when used; 48 KB since every chunk opens with V8's compile hint (about 30 B gzip in
   * each of 17 chunks) and labels move by their groups (0.2 KB); 49 KB since a chart prepares its
   * other states' scenes and paths in idle time, so a state change only draws (0.5 KB); 50 KB since
   * keys show swatches instead of naming colours, the ranking's words list the days it ranks, the
   * June recovery labels its dates and the hero's axis always names the selloff day (0.75 KB); 51 KB
   * since the recovery draws the broad market in February, the map's key sizes its circles, and early
   * states draw the rows and days to come faintly (0.3 KB).
   */
  wholeStoryKb: 51,
};
