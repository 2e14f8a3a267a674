// The methods page: every data file and chart table downloads, and every quote and reported figure
// on the story page appears in its sources lists.
import { expect, test } from './fixtures';

test('every dataset and chart table on the methods page downloads as CSV', async ({ page, request }) => {
  await page.goto('methods/');
  const hrefs = await page.locator('a[download]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(20);
  for (const href of hrefs) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    const text = await response.text();
    const lines = text.trim().split(/\r?\n/);
    expect(lines[0], href).toMatch(/^[a-z_0-9]+(,[a-z_0-9]+)+$/);
    expect(lines.length, href).toBeGreaterThan(1);
  }
});

test('the published data files are byte-for-byte the committed ones', async ({ request }) => {
  const { readFileSync } = await import('node:fs');
  for (const file of ['nvda_daily.csv', 'record_losses.csv', 'quotes.csv', 'SOURCES.md']) {
    const served = await (await request.get(`data/${file}`)).text();
    expect(served, file).toBe(readFileSync(`content/data/${file}`, 'utf8'));
  }
});

test('every quote and reported figure in the story is listed with its source on the methods page', async ({ page }) => {
  await page.goto('');
  const quoteIds = await page
    .locator('[data-quote]')
    .evaluateAll((quotes) => [...new Set(quotes.map((quote) => quote.getAttribute('data-quote')))]);
  const figureIds = await page
    .locator('[data-reported]')
    .evaluateAll((figures) => [...new Set(figures.map((figure) => figure.getAttribute('data-reported')))]);
  expect(quoteIds.length).toBeGreaterThan(8);
  expect(figureIds.length).toBeGreaterThan(10);

  // Every quotation mark-up on the page comes from the quotes file.
  expect(await page.locator('blockquote:not([data-quote] blockquote), q:not([data-quote])').count()).toBe(0);

  await page.goto('methods/');
  for (const id of quoteIds) {
    const entry = page.locator(`[data-source-list="quotes"] [data-quote-source="${id}"]`);
    await expect(entry, `quote ${id}`).toHaveCount(1);
    // The quote names its source, whose entry links to the article or the copy where it was read.
    const anchor = await entry.locator('a[href^="#source-"]').getAttribute('href');
    await expect(page.locator(`[data-source-list="sources"] ${anchor} a[href^="http"]`), `quote ${id} source link`).not.toHaveCount(0);
  }
  for (const id of figureIds) {
    await expect(page.locator(`[data-source-list="figures"] [data-figure-source="${id}"]`), `figure ${id}`).toHaveCount(1);
  }
});

test('sources in the story are the outlets: links go to articles or the methods page, never to a home page or a mirror; a quote goes to a page that prints it', async ({
  page,
}) => {
  await page.goto('methods/');
  // The archived copies (mirrors, aggregators) the methods page lists next to their outlets.
  const mirrorHosts = new Set(
    await page
      .locator('[data-source-list="sources"] a[data-copy]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hostname)),
  );
  expect(mirrorHosts.size).toBeGreaterThan(5);
  const sourceAnchors = new Set(
    await page.locator('[data-source-list="sources"] li[id]').evaluateAll((entries) => entries.map((entry) => entry.id)),
  );

  await page.goto('');
  // A quote's credit links to the page quotes.csv names as printing it word for word (a copy may do).
  const { readDataset } = await import('../src/data/readDataset');
  const { datasets } = await import('../src/data/datasets');
  const verbatim = new Map(readDataset(datasets.quotes).map((quote) => [quote.id, quote.verbatim_url]));
  const quoteLinks = await page.locator('#story [data-quote] figcaption a, #story a.source-link').evaluateAll((anchors) =>
    anchors.map((anchor) => ({
      quote: anchor.closest('[data-quote]')?.getAttribute('data-quote') ?? anchor.previousElementSibling?.getAttribute('data-quote') ?? '',
      href: anchor.getAttribute('href') ?? '',
    })),
  );
  expect(quoteLinks.length).toBeGreaterThan(15);
  for (const { quote, href } of quoteLinks) expect(href, `quote ${quote}`).toBe(verbatim.get(quote));

  const links = await page
    .locator('#story a.cite, #story a[data-reported]')
    .evaluateAll((anchors) => anchors.map((anchor) => ({ text: anchor.textContent ?? '', href: (anchor as HTMLAnchorElement).href })));
  expect(links.length).toBeGreaterThan(30);
  for (const { text, href } of links) {
    const url = new URL(href);
    if (url.pathname.endsWith('/methods/')) {
      expect(sourceAnchors.has(url.hash.slice(1)), `${text} → ${href}`).toBe(true);
      continue;
    }
    expect(url.protocol, `${text} → ${href}`).toBe('https:');
    expect(url.pathname + url.search, `${text} → ${href} is a home page`).not.toMatch(/^\/?$/);
    expect(mirrorHosts.has(url.hostname), `${text} → ${href} is an archived copy`).toBe(false);
  }
});
