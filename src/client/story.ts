// Browser entry: wires every scrolly section on the page. A section's chart code and data are
// loaded when it comes within a screen of the viewport; until then its static SVG stands in.
// Each section keeps its own state; nothing here is shared between sections.

import { isChartName } from '../charts/chartModules';
import { locales, type Locale } from '../i18n/locales';
import { mountChart, type ChartController } from '../chart-runtime/mountChart';
import { triggerOffset, watchSteps } from '../scroll/watchSteps';
import { setUpChapterMenu } from './chapterMenu';
import { setUpReadingMode } from './readingMode';

const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const reducedMotion = () => reducedMotionQuery.matches;

function readLocale(value: string | undefined): Locale {
  return (locales as readonly string[]).includes(value ?? '') ? (value as Locale) : 'en';
}

function setUpSection(section: HTMLElement) {
  const name = section.dataset.chart ?? '';
  const figure = section.querySelector<HTMLElement>('[data-chart-figure]');
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  if (!isChartName(name) || !figure || steps.length === 0) {
    console.error(`scrolly section "${section.id}" is missing its chart, figure or steps`);
    return;
  }
  const states = steps.map((step) => step.dataset.stepState ?? '');
  // Keyboard readers move step to step with a button in each card; the next step is brought to the
  // trigger line and takes focus (its own button, or the last step itself).
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (!next) {
      step.tabIndex = -1;
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'step__next';
    button.textContent = section.dataset.nextLabel ?? 'Next';
    button.addEventListener('click', () => {
      next.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'instant' : 'smooth' });
      (next.querySelector<HTMLElement>('.step__next') ?? next).focus({ preventScroll: true });
    });
    step.querySelector('.step__card')?.append(button);
  });
  let activeIndex = 0;
  let controller: ChartController | undefined;

  // A step with its own caption (a state that shows something else) shows that caption; all of the
  // section's captions share one grid cell, so the frame keeps its height when they swap.
  const captionVariants = [...figure.querySelectorAll<HTMLElement>('[data-caption-variant]')];
  const showCaption = (index: number) => {
    const variant = steps[index]?.dataset.captionVariant ?? '0';
    for (const element of captionVariants) element.classList.toggle('is-shown', element.dataset.captionVariant === variant);
  };

  const watcher = watchSteps(steps, {
    onChange(index) {
      activeIndex = index;
      steps.forEach((step, stepIndex) => step.classList.toggle('is-active', stepIndex === index));
      showCaption(index);
      controller?.show(index, { animate: true });
    },
  });

  const mount = () =>
    mountChart(figure, {
      name,
      inputUrl: section.dataset.input ?? '',
      states,
      locale: readLocale(section.dataset.locale),
      reducedMotion,
    })
      .then((mounted) => {
        controller = mounted;
        // Whatever happened while loading, show the step that is active now, without animation.
        mounted.show(activeIndex, { animate: false });
        figure.dataset.live = 'true';
      })
      .catch((error: unknown) => console.error(error));

  const nearby = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        nearby.disconnect();
        void mount();
      }
    },
    { rootMargin: '100% 0px' },
  );
  nearby.observe(section);

  return watcher;
}

const watchers = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map(setUpSection);
const refreshAll = () => watchers.forEach((watcher) => watcher?.refresh());

const chapterMenu = document.querySelector<HTMLDetailsElement>('[data-chapter-menu]');
if (chapterMenu) setUpChapterMenu(chapterMenu);

// Static reading on a wide screen redraws each step's picture at desktop size (loaded on demand).
const sections = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
const widenStaticFigures = () => {
  if (!document.documentElement.classList.contains('is-static') || window.innerWidth < 900 || sections.length === 0) return;
  void import('./staticFigures')
    .then(({ upgradeStaticFigures }) => upgradeStaticFigures(sections, readLocale(sections[0]!.dataset.locale)))
    .catch((error: unknown) => console.error(error));
};
widenStaticFigures();

const modeToggle = document.querySelector<HTMLButtonElement>('[data-mode-toggle]');
if (modeToggle)
  setUpReadingMode(modeToggle, {
    onChange: () => {
      refreshAll();
      widenStaticFigures();
    },
  });
window.addEventListener('hashchange', refreshAll);
window.addEventListener('resize', refreshAll);

// A deep link is scrolled to before the web fonts arrive; when they do, text above the step reflows
// and the step drifts. Unless the reader has started scrolling, put the linked step back in place.
let readerScrolled = false;
for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown']) {
  window.addEventListener(type, () => (readerScrolled = true), { once: true, passive: true });
}
const settleDeepLink = () => {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target && !readerScrolled) target.scrollIntoView({ block: 'start', behavior: 'instant' });
  refreshAll();
};
void document.fonts.ready.then(settleDeepLink);

// The language switch keeps the reader's place: it points at the step in view, or else the chapter.
const languageLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-lang-switch]')];
if (languageLinks.length > 0) {
  const visible = new Set<Element>();
  const inView = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) visible.add(entry.target);
        else visible.delete(entry.target);
      }
      // The active step in the band (the chart shows its state); else the lowest step in it (the
      // one whose top crossed last); else the chapter.
      const steps = [...visible].filter((element) => element.matches('[data-step]'));
      const current =
        steps.find((element) => element.classList.contains('is-active')) ??
        steps.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)).at(-1) ??
        [...visible][0];
      if (current) for (const link of languageLinks) link.hash = current.id;
    },
    // A thin band at the steps' trigger line, so the link names the step whose state the chart shows.
    { rootMargin: `-${triggerOffset * 100}% 0px -${(1 - triggerOffset) * 100 - 1}% 0px` },
  );
  for (const place of document.querySelectorAll('article.chapter[id], [data-step][id]')) inView.observe(place);
}
