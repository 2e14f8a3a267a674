// Social cards, one per locale for the story, each chapter and each embed page:
// cards/<locale>-<story|chapter|embed-section>.png

import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { locales, type Locale } from '../../i18n/locales';
import { pageText } from '../../i18n/pageText';
import { storyChart } from '../../story/chartRegistry';
import { sectionsOf } from '../../story/chapters';
import { typeset } from '../../i18n/typeset';
import { loadStory } from '../../story/loadStory';
import { socialCardPng } from '../../story/socialCard';

type Card = {
  locale: Locale;
  kicker: string;
  title: string;
  chart: string;
  state: string;
};

export const getStaticPaths = (async () => {
  const chapters = await getCollection('chapters');
  const cards: { params: { card: string }; props: Card }[] = locales.map((locale) => ({
    params: { card: `${locale}-story` },
    props: {
      locale,
      kicker: pageText(locale, 'site.title'),
      title: pageText(locale, 'card.story'),
      chart: 'nvidiaMarketCap',
      state: 'monday',
    },
  }));
  for (const chapter of chapters) {
    const [locale, slug] = chapter.id.split('/') as [Locale, string];
    cards.push({
      params: { card: `${locale}-${slug}` },
      props: { locale, kicker: chapter.data.kicker, title: chapter.data.title, ...chapter.data.card },
    });
  }
  // An embed's card: its chart in its first state, under the section's caption.
  for (const locale of locales)
    for (const section of await sectionsOf(locale))
      cards.push({
        params: { card: `${locale}-embed-${section.id}` },
        props: {
          locale,
          kicker: pageText(locale, 'site.title'),
          title: typeset(section.caption, locale),
          chart: section.chart,
          state: section.steps[0]!.state,
        },
      });
  return cards;
}) satisfies GetStaticPaths;

export const GET: APIRoute<Card> = async ({ props, params }) => {
  const where = `social card ${params.card}`;
  const png = await socialCardPng({ ...props, chart: storyChart(props.chart, loadStory(), { where }) });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
