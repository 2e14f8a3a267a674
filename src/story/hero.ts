// The story's key graphic under the headline (Nvidia's one-day drop, the market-value chart's
// "monday" state): drawn at the narrowest width each variant is shown at, so CSS only ever scales it
// up (its text never drops below the size it was laid out with). Narrow: a 320 px phone's column;
// wide: the text column (38rem less its padding), shown from 648 px.
export const heroSizes = {
  narrow: { width: 280, height: 200, typeScale: 'small' },
  wide: { width: 568, height: 290, typeScale: 'large' },
} as const;
