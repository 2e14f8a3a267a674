// The chart gallery (src/pages/gallery/): every chart's every state at both static frames in both
// editions, and nowhere a reader or a search engine would find it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { describe, expect, inject, it } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { chartNames, storyChart } from '../../src/story/chartRegistry';
import { loadStory } from '../../src/story/loadStory';
import { staticChartFrames } from '../../src/design/tokens';

const root = inject('builtSite');
const story = loadStory();
const parse = (file: string) => {
  if (!root) throw new Error('no built site: this run set STORY_SKIP_SITE_BUILD');
  return new new Window().DOMParser().parseFromString(readFileSync(join(root, file), 'utf8'), 'text/html') as unknown as Document;
};

describe('chart gallery', () => {
  it('shows every state of every chart at each static frame, in both editions', () => {
    for (const name of chartNames) {
      const page = parse(join('gallery', name, 'index.html'));
      const { states } = storyChart(name, story, { where: 'test' });
      expect([...page.querySelectorAll('[data-state]')].map((section) => section.getAttribute('data-state'))).toEqual(states);
      for (const section of page.querySelectorAll('[data-state]'))
        expect(section.querySelectorAll('svg').length, `${name} ${section.getAttribute('data-state')}`).toBe(
          locales.length * Object.keys(staticChartFrames).length,
        );
    }
  });

  it('is kept out of search results and the sitemap, and no reader page links to it', () => {
    for (const file of ['gallery/index.html', ...chartNames.map((name) => `gallery/${name}/index.html`)])
      expect(parse(file).querySelector('meta[name="robots"]')?.getAttribute('content'), file).toContain('noindex');
    expect(readFileSync(join(root, 'sitemap.xml'), 'utf8')).not.toContain('gallery');
    const readerPages = (dir: string): string[] =>
      readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? entry.name === 'gallery'
            ? []
            : readerPages(join(dir, entry.name))
          : entry.name.endsWith('.html')
            ? [join(dir, entry.name)]
            : [],
      );
    const pages = readerPages('');
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) expect(readFileSync(join(root, page), 'utf8'), page).not.toContain('gallery/');
    expect(existsSync(join(root, 'gallery', 'index.html'))).toBe(true);
  });
});
