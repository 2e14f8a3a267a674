// An embed page's script (loaded by the story's entry when the page is an embed): reports its height to the host, and steps through the section's states
// (buttons, arrow keys on them, the URL's #<step id>), the chart drawn by the story's own runtime.

import { loadChart } from '../chart-runtime/loadChart';
import type { ChartController } from '../chart-runtime/mountChart';
import { readLocale } from '../i18n/locales';
import { reportHeight } from './reportHeight';

reportHeight();

const root = document.querySelector<HTMLElement>('[data-embed]');
const figure = root?.querySelector<HTMLElement>('[data-chart-figure]');
if (root && figure) {
  const stepElements = [...root.querySelectorAll<HTMLElement>('[data-embed-steps] > li')];
  const steps = stepElements.map((element) => ({
    id: element.dataset.stepId ?? '',
    state: element.dataset.stepState ?? '',
    captionVariant: element.dataset.captionVariant ?? '0',
    description: element.querySelector('[data-description]')?.textContent ?? '',
  }));
  const locale = readLocale(root.dataset.locale);
  const stepper = root.querySelector<HTMLElement>('[data-embed-stepper]')!;
  const previous = stepper.querySelector<HTMLButtonElement>('[data-step-previous]')!;
  const next = stepper.querySelector<HTMLButtonElement>('[data-step-next]')!;
  const position = stepper.querySelector<HTMLElement>('[data-step-position]')!;
  const description = root.querySelector<HTMLElement>('[data-step-description]')!;
  const storyLink = root.querySelector<HTMLAnchorElement>('[data-story-link]')!;
  const positionText = position.textContent ?? '';
  const captions = [...figure.querySelectorAll<HTMLElement>('[data-caption-variant]')];
  const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  let controller: ChartController | undefined;
  let index = -1;

  const indexOfHash = () =>
    Math.max(
      0,
      steps.findIndex((step) => `#${step.id}` === decodeURIComponent(location.hash)),
    );
  const show = (target: number, { animate }: { animate: boolean }) => {
    if (target === index || target < 0 || target >= steps.length) return;
    index = target;
    const step = steps[target]!;
    // "1 of 4" as the page wrote it for the first step, with this step's number.
    position.textContent = positionText.replace(/^\d+/, String(target + 1));
    description.textContent = step.description;
    for (const caption of captions) caption.classList.toggle('is-shown', caption.dataset.captionVariant === step.captionVariant);
    storyLink.hash = step.id;
    previous.disabled = target === 0;
    next.disabled = target === steps.length - 1;
    figure.dataset.state = step.state;
    controller?.show(target, { animate });
  };
  const go = (target: number) => {
    show(target, { animate: true });
    history.replaceState(null, '', `#${steps[index]!.id}`);
  };
  previous.addEventListener('click', () => go(index - 1));
  next.addEventListener('click', () => go(index + 1));
  window.addEventListener('hashchange', () => show(indexOfHash(), { animate: true }));
  stepper.hidden = false;
  show(indexOfHash(), { animate: false });

  loadChart(root.dataset.chart ?? '', root.dataset.input ?? '', locale)
    .then(({ mountChart, ...loaded }) => {
      controller = mountChart(figure, loaded, { steps: stepElements, reducedMotion });
      controller.show(index, { animate: false });
      figure.dataset.live = 'true';
    })
    .catch((error: unknown) => console.error(error));
}
