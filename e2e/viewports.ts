// The eight screen sizes every layout test walks: short and tall phones, 320 px, a phone held
// sideways, a tablet, a laptop and a large desktop.
export const layoutViewports = [
  { width: 320, height: 568 },
  { width: 360, height: 740 },
  { width: 375, height: 667 },
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 768, height: 1024 },
  { width: 1440, height: 900 },
  { width: 2560, height: 1440 },
] as const;
