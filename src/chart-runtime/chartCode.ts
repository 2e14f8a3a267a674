// What the charts need in the browser beyond the page's first script, in one file that the first
// chart section to approach fetches (see loadChart): every chart's code and the life cycle that
// draws it. One file, not one per chart and module: a whole read fetched 36.3 KB gzip in ten
// files, against 27.3 KB in one, and the page's first script keeps only what the first screen runs.
// Static reading's wide pictures import it too (client/staticFigures.ts): what they share with the
// live charts (the text placement) then stays in this file instead of a chunk of its own.

export { chartModules } from '../charts/chartModules';
export { mountChart } from './mountChart';
