// Each step's place in its section (id, caption variant) and the MDX plugin that hands it over on the
// tree: <Scrolly> and <Step> render from props, never by rewriting rendered HTML.
import { mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { scrollyStepsPlugin } from '../../src/integrations/scrollyStepsPlugin';
import { placeSteps } from '../../src/story/scrollySteps';

describe('placeSteps(section, steps)', () => {
  it('numbers the steps, suffixes a state that comes back, and numbers distinct captions in order', () => {
    const placed = placeSteps('world', [
      { state: 'tokyo' },
      { state: 'records', caption: 'Ranking', source: 'Reuters' },
      { state: 'tokyo' },
      { state: 'later', caption: 'Later', source: 'Yahoo' },
      { state: 'records', caption: 'Ranking', source: 'Reuters' },
    ]);
    expect(placed.map(({ index, id, captionVariant }) => [index, id, captionVariant])).toEqual([
      [1, 'world-tokyo', 0],
      [2, 'world-records', 1],
      [3, 'world-tokyo-2', 0],
      [4, 'world-later', 2],
      [5, 'world-records-2', 1],
    ]);
  });
});

describe('the scrolly-steps MDX plugin', () => {
  // The plugin is synchronous, so the compile is too.
  const compile = (source: string) => (mdxToJs(source, { mdastPlugins: [scrollyStepsPlugin] }) as { code: string }).code;

  it('hands each <Step> its section, chart, position, id and caption variant, and <Scrolly> its steps', () => {
    const code = compile(
      [
        '<Scrolly id="market" chart="nvidiaMarketCap" caption="C" source="S">',
        '  <Step state="climb">Text *one*.</Step>',
        '  <Step state="records" caption="Ranking" source="Reuters">Text two.</Step>',
        '  <Step state="climb">Text three.</Step>',
        '</Scrolly>',
      ].join('\n'),
    );
    const steps = JSON.stringify([{ state: 'climb' }, { state: 'records', caption: 'Ranking', source: 'Reuters' }, { state: 'climb' }]);
    expect(code).toContain(`steps: ${JSON.stringify(steps)}`);
    for (const [index, id, variant] of [
      ['1', 'market-climb', '0'],
      ['2', 'market-records', '1'],
      ['3', 'market-climb-2', '0'],
    ])
      expect(code).toMatch(
        new RegExp(`section: "market",\\s*chart: "nvidiaMarketCap",\\s*index: "${index}",\\s*id: "${id}",\\s*captionVariant: "${variant}"`),
      );
    // The steps' own content is kept.
    expect(code).toContain('"one"');
    expect(code).toContain('"Text three."');
  });

  it('leaves Markdown and MDX without a <Scrolly> alone', () => {
    expect(compile('# Title\n\n<Step state="x">y</Step>\n')).not.toContain('section:');
  });

  it('fails on a step written without a state', () => {
    expect(() => compile('<Scrolly id="s" chart="c" caption="C" source="S">\n  <Step>y</Step>\n</Scrolly>\n')).toThrow(
      /a <Step> has no state/,
    );
  });
});
