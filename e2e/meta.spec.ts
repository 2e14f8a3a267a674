// Sharing and search metadata on the built pages: canonical URLs with the Pages base path, hreflang
// alternates, Open Graph and Twitter cards whose images exist at 1200×630, the sitemap, robots.txt,
// the bilingual 404 page and the web manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { basePath as base } from '../playwright.config';
import { chapterFiles } from './chapters';

// The site and base path the build used (astro.config.mjs reads the same variables).
const site = process.env.SITE_URL ?? 'https://example.github.io';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string) {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function meta(html: string, attribute: 'property' | 'name', key: string) {
  return new RegExp(`<meta ${attribute}="${key.replace(':', '\\:')}" content="([^"]*)"`).exec(html)?.[1];
}

const pages = [
  { file: 'index.html', url: `${site}${base}/`, locale: 'en' },
  { file: 'fr/index.html', url: `${site}${base}/fr/`, locale: 'fr' },
  { file: 'methods/index.html', url: `${site}${base}/methods/`, locale: 'en' },
  { file: 'fr/methods/index.html', url: `${site}${base}/fr/methods/`, locale: 'fr' },
  ...chapterFiles('en').map((chapter) => ({
    file: `share/${chapter.id}/index.html`,
    url: `${site}${base}/share/${chapter.id}/`,
    locale: 'en',
  })),
  ...chapterFiles('fr').map((chapter) => ({
    file: `fr/share/${chapter.id}/index.html`,
    url: `${site}${base}/fr/share/${chapter.id}/`,
    locale: 'fr',
  })),
];

test.describe('page metadata', () => {
  for (const page of pages) {
    test(`${page.file} has canonical, alternates and a social card`, () => {
      const html = readFileSync(join('dist', page.file), 'utf8');
      expect(html).toContain(`<link rel="canonical" href="${page.url}">`);
      const english = page.url.replace(`${base}/fr/`, `${base}/`);
      const french = english.replace(`${base}/`, `${base}/fr/`);
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${english}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="fr" href="${french}">`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${english}">`);
      expect(meta(html, 'property', 'og:url')).toBe(page.url);
      expect(meta(html, 'property', 'og:title')?.length).toBeGreaterThan(5);
      expect(meta(html, 'property', 'og:description')?.length).toBeGreaterThan(20);
      expect(meta(html, 'property', 'og:locale')).toBe(page.locale === 'fr' ? 'fr_FR' : 'en_GB');
      expect(meta(html, 'name', 'twitter:card')).toBe('summary_large_image');
      const image = meta(html, 'property', 'og:image')!;
      expect(image.startsWith(`${site}${base}/cards/${page.locale}-`)).toBe(true);
      expect(meta(html, 'name', 'twitter:image')).toBe(image);
      expect(pngSize(join('dist', image.slice(`${site}${base}/`.length)))).toEqual({ width: 1200, height: 630 });
    });
  }

  test('every chapter of each locale has its own card and share page', () => {
    for (const locale of ['en', 'fr']) {
      for (const chapter of chapterFiles(locale)) {
        const share = readFileSync(join('dist', locale === 'en' ? '' : 'fr', 'share', chapter.id, 'index.html'), 'utf8');
        expect(meta(share, 'property', 'og:image')).toBe(`${site}${base}/cards/${locale}-${chapter.id}.png`);
        expect(share).toContain(`url=${base}/${locale === 'en' ? '' : 'fr/'}#${chapter.id}`);
      }
    }
  });
});

test('the sitemap lists every page in both languages, with alternates', async ({ request }) => {
  const xml = await (await request.get('sitemap.xml')).text();
  for (const path of ['', 'fr/', 'methods/', 'fr/methods/']) expect(xml).toContain(`<loc>${site}${base}/${path}</loc>`);
  expect(xml.match(/hreflang="fr"/g)?.length).toBe(4);
  expect(xml).not.toContain('/share/');
});

test('robots.txt points to the sitemap', async ({ request }) => {
  expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${site}${base}/sitemap.xml`);
});

test('the 404 page speaks both languages and links to both stories', async ({ page }) => {
  await page.goto('404.html');
  await expect(page.locator('[data-not-found="en"]')).toHaveAttribute('lang', 'en-GB');
  await expect(page.locator('[data-not-found="fr"]')).toHaveAttribute('lang', 'fr-FR');
  await expect(page.locator('[data-not-found="fr"] a')).toHaveAttribute('href', `${base}/fr/`);
  await expect(page.locator('[data-not-found="en"] a')).toHaveAttribute('href', `${base}/`);
});

test('each edition has a web manifest whose icons exist', async ({ request }) => {
  for (const [path, lang] of [
    ['site.webmanifest', 'en-GB'],
    ['fr/site.webmanifest', 'fr-FR'],
  ]) {
    const manifest = (await (await request.get(path!)).json()) as { lang: string; start_url: string; icons: { src: string }[] };
    expect(manifest.lang).toBe(lang);
    expect(manifest.start_url.startsWith(base)).toBe(true);
    for (const icon of manifest.icons) expect((await request.get(icon.src.replace(`${base}/`, ''))).status(), icon.src).toBe(200);
  }
  expect(pngSize('dist/icons/icon-512.png')).toEqual({ width: 512, height: 512 });
});
