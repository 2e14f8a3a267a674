// The chart sections read from the chapters' MDX (what embed pages are built from) are the ones the
// built story renders: the same ids, charts and states, in order, in both editions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { locales } from '../../src/i18n/locales';
import { sectionsIn } from '../../src/story/sections';

describe.each(locales)('%s sections', (locale) => {
  it('match the built story page', () => {
    const site = inject('builtSite');
    if (!site) throw new Error('no built site: this run set STORY_SKIP_SITE_BUILD');
    const folder = join('content', 'chapters', locale);
    const fromMdx = readdirSync(folder)
      .sort()
      .flatMap((file) => sectionsIn(readFileSync(join(folder, file), 'utf8'), file))
      .map(({ id, chart, steps }) => ({ id, chart, states: steps.map((step) => step.state) }));
    const page = readFileSync(join(site, locale === 'en' ? '' : locale, 'index.html'), 'utf8');
    const built = page
      .split('<section class="scrolly"')
      .slice(1)
      .map((part) => {
        const body = part.slice(0, part.indexOf('</section>'));
        return {
          id: /^\s*id="([^"]+)"/.exec(body)![1],
          chart: /data-chart="([^"]+)"/.exec(body)![1],
          states: [...body.matchAll(/data-step-state="([^"]+)"/g)].map((match) => match[1]),
        };
      });
    expect(fromMdx.length).toBeGreaterThanOrEqual(7);
    expect(fromMdx).toEqual(built);
  });

  it('refuses a step outside a section', () => {
    expect(() => sectionsIn('<Scrolly id="a" chart="b" caption="c" source="d">\n</Scrolly>\n<Step state="x">', 'test')).toThrow(/outside/);
  });
});
