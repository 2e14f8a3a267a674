// A chart in the browser: its module, and the input and strings published with it
// (charts/<name>.json, written by src/pages/charts/[chart].json.ts), the strings as the `Messages`
// its render takes in the reader's locale. Used by the live charts and by static reading's wide pictures.

import { loadChartModule } from '../charts/chartModules';
import type { ChartModule } from '../charts/shared/defineChart';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/translate';

export async function loadChart(
  name: string,
  inputUrl: string,
  locale: Locale,
): Promise<{ chart: ChartModule<unknown, string>; input: unknown; messages: Messages }> {
  const [chart, { input, strings }] = await Promise.all([
    loadChartModule(name),
    fetch(inputUrl).then((response) => {
      if (!response.ok) throw new Error(`${inputUrl}: HTTP ${response.status}`);
      return response.json() as Promise<{ input: unknown; strings: Partial<Record<Locale, Messages['strings']>> }>;
    }),
  ]);
  return { chart, input, messages: { locale, strings: strings[locale] ?? {} } };
}
