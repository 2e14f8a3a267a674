// Flags for Chromium on this project's machines: no sandbox (root in CI), no GPU, and no background
// network traffic (the CI network is closed). Shared by the Playwright config and the benchmark.
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
