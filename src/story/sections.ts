// The story's chart sections of one locale, read from the chapters' MDX as the scrolly-steps plugin
// reads them (a <Scrolly>'s id, chart, caption and source; its <Step>s' states, captions and
// sources, all plain strings): what an embed page needs to draw a section outside the story.
// test/story/sections.test.ts checks the list against the sections the built story renders;
// chapters.ts's sectionsOf reads a locale's.

import { placeSteps, type DeclaredStep, type PlacedStep } from './scrollySteps';

export interface StorySection {
  id: string;
  chart: string;
  caption: string;
  source: string;
  steps: PlacedStep[];
}

/** `name="value"` pairs of one tag, as MDX writes plain-string attributes. */
function attributes(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([A-Za-z]+)="([^"]*)"/g)].map((match) => [match[1]!, match[2]!]));
}

/** The <Scrolly>, </Scrolly> and <Step> tags of a chapter, in order (attribute values may hold `>`). */
const tags = /<(\/Scrolly|Scrolly|Step)((?:\s+[A-Za-z]+="[^"]*")*)\s*>/g;

export function sectionsIn(mdx: string, chapter: string): StorySection[] {
  const sections: (Omit<StorySection, 'steps'> & { declared: DeclaredStep[] })[] = [];
  let open = false;
  for (const [, name, attrs] of mdx.matchAll(tags)) {
    const values = attributes(attrs!);
    if (name === '/Scrolly') open = false;
    else if (name === 'Scrolly') {
      open = true;
      const { id, chart, caption, source } = values;
      if (!id || !chart || caption === undefined || source === undefined)
        throw new Error(`${chapter}: a <Scrolly> needs an id, a chart, a caption and a source`);
      sections.push({ id, chart, caption, source, declared: [] });
    } else {
      const section = open ? sections.at(-1) : undefined;
      if (!section || !values.state) throw new Error(`${chapter}: a <Step> outside a <Scrolly>, or without a state`);
      section.declared.push({ state: values.state, caption: values.caption, source: values.source });
    }
  }
  return sections.map(({ declared, ...section }) => ({ ...section, steps: placeSteps(section.id, declared) }));
}
