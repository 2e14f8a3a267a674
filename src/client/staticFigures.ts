// Static reading on a desktop: each step's picture is redrawn at the text column's width with the
// desktop type scale, in place of the phone-sized one written in the HTML (kept for phones, print
// and reading without JavaScript). Runs only when the reader chooses static reading on a wide screen.

// The same file of charts' code the live charts fetch (this module is itself loaded on demand).
import { chartModules } from '../chart-runtime/chartCode';
import { loadChartData } from '../chart-runtime/loadChart';
import { sceneToSvg } from '../charts/shared/sceneToSvg';
import { sideBySideMinWidth, typeScaleFor } from '../design/tokens';
import type { Locale } from '../i18n/locales';

const upgraded = new WeakSet<HTMLElement>();

export async function upgradeStaticFigures(sections: readonly HTMLElement[], locale: Locale): Promise<void> {
  if (window.innerWidth < sideBySideMinWidth) return;
  const typeScale = typeScaleFor(window.innerWidth);
  await Promise.all(
    sections.map(async (section) => {
      const figures = [...section.querySelectorAll<HTMLElement>('.step__static[data-static-state]')].filter(
        (figure) => !upgraded.has(figure),
      );
      const chart = chartModules[section.dataset.chart ?? ''];
      if (figures.length === 0 || !chart) return;
      const { input, messages } = await loadChartData(section.dataset.input ?? '', locale);
      figures.forEach((figure, index) => {
        const width = Math.floor(Math.min(figure.clientWidth, 720));
        if (width < 400) return;
        const scene = {
          ...chart.render(input, { state: figure.dataset.staticState ?? '', width, height: Math.round(width * 0.66), messages, typeScale }),
          // The state's words, written at build, are the figure's own.
          description: figure.querySelector('[data-description]')?.textContent ?? '',
        };
        figure.classList.add('has-wide');
        figure
          .querySelector('.chart-svg--static')
          ?.insertAdjacentHTML(
            'afterend',
            sceneToSvg(scene, { id: `${section.id}-static-wide-${index + 1}`, className: 'chart-svg chart-svg--static-wide' }),
          );
        upgraded.add(figure);
      });
    }),
  );
}
