/**
 * An embed's theme from its URL: `?theme=light` or `?theme=dark` forces one (tokens.ts styles
 * `:root[data-theme]`), anything else leaves the reader's. Runs as an inline script in the head
 * (EmbedPage.astro writes its source), before the first paint.
 */
export function applyTheme(): void {
  const theme = new URLSearchParams(location.search).get('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
}
