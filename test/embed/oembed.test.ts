// Every embed page announces an oEmbed JSON file that has the spec's required fields for a "rich"
// response (oembed.com, 2.3.4 and 2.3.4.4), and whose iframe, thumbnail and provider point at files
// the built site has. Embed pages stay out of the sitemap and out of search results.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { locales } from '../../src/i18n/locales';

const site = inject('builtSite');
/** The site's root URL, from the English story's canonical link. */
const root = () => /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(site!, 'index.html'), 'utf8'))![1]!;
/** The built file a URL on the site serves. */
const built = (url: string) => {
  expect(url.startsWith(root()), url).toBe(true);
  const path = url.slice(root().length);
  return join(site!, path.endsWith('/') || path === '' ? join(path, 'index.html') : path);
};

describe.each(locales)('%s embed pages', (locale) => {
  const folder = () => join(site!, locale === 'en' ? '' : locale, 'embed');

  it('each has a page and an oEmbed JSON with the required fields, pointing at built files', () => {
    if (!site) throw new Error('no built site: this run set STORY_SKIP_SITE_BUILD');
    const sections = readdirSync(folder());
    expect(sections.length).toBeGreaterThanOrEqual(7);
    for (const section of sections) {
      const html = readFileSync(join(folder(), section, 'index.html'), 'utf8');
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      expect(link, section).toBeDefined();
      expect(existsSync(built(link!)), link).toBe(true);
      const oembed = JSON.parse(readFileSync(built(link!), 'utf8')) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
      for (const field of ['html', 'title', 'provider_name', 'provider_url', 'thumbnail_url'] as const)
        expect(typeof oembed[field], field).toBe('string');
      for (const field of ['width', 'height', 'thumbnail_width', 'thumbnail_height'] as const)
        expect(Number.isInteger(oembed[field]) && (oembed[field] as number) > 0, field).toBe(true);
      const src = /<iframe src="([^"]+)" title="([^"]+)"/.exec(oembed.html as string);
      expect(src?.[2]).toBe(oembed.title);
      expect(built(src![1]!)).toBe(join(folder(), section, 'index.html'));
      expect(existsSync(built(oembed.thumbnail_url as string)), oembed.thumbnail_url as string).toBe(true);
      expect(existsSync(built(oembed.provider_url as string))).toBe(true);
      expect(html).toContain('<meta name="robots" content="noindex, follow">');
    }
  });

  it('are not in the sitemap', () => {
    if (!site) throw new Error('no built site: this run set STORY_SKIP_SITE_BUILD');
    expect(readFileSync(join(site, 'sitemap.xml'), 'utf8')).not.toContain('/embed/');
  });
});
