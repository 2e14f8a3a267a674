// chart2music's package.json "exports" names no types: its own declarations, by path.
declare module 'chart2music' {
  export const c2mChart: typeof import('../../node_modules/chart2music/dist/index.d.ts').c2mChart;
}
