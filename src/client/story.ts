// Browser entry: wires every scrolly section on the page. Nothing runs for a section far from the
// viewport: its steps are watched from when it comes within a screen of it, and its chart code and
// data load then too, once the reader has started to move (or at once if it is on screen). Until
// then the server's SVG stands in. Each section keeps its own state; nothing is shared between them.

import { sideBySideMinWidth } from '../design/tokens';
import { readLocale } from '../i18n/locales';
import { loadChart } from '../chart-runtime/loadChart';
import type { ChartController } from '../chart-runtime/mountChart';
import { triggerOffset, watchSteps, type StepWatcher } from '../scroll/watchSteps';
import { setUpChapterMenu } from './chapterMenu';
import { setUpReadingMode } from './readingMode';
import { drawStaticPictures, drawStaticPicturesForPrint } from './staticPictures';

const reducedMotionQuery = window.matchMedia('(prefers-reduced-motion: reduce)');
const reducedMotion = () => reducedMotionQuery.matches;

// The reader has scrolled, or the page opened scrolled (a deep link, a restored position).
let readerMoved = window.scrollY > 0 || window.location.hash.length > 1;
const onMove: (() => void)[] = [];
const moved = () => {
  if (readerMoved) return;
  readerMoved = true;
  for (const callback of onMove.splice(0)) callback();
};
for (const type of ['scroll', 'keydown', 'pointerdown', 'hashchange']) window.addEventListener(type, moved, { once: true, passive: true });

/**
 * Keyboard readers move step to step with a button in each card (added to every section at once,
 * so Tab reaches them anywhere); the next step is brought to the trigger line and takes focus (its
 * own button, or the last step itself).
 */
function addNextButtons(section: HTMLElement) {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  steps.forEach((step, index) => {
    const next = steps[index + 1];
    if (!next) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'step__next';
    button.textContent = section.dataset.nextLabel ?? 'Next';
    button.addEventListener('click', () => {
      next.scrollIntoView({ block: 'start', behavior: reducedMotion() ? 'instant' : 'smooth' });
      const nextButton = next.querySelector<HTMLElement>('.step__next');
      if (!nextButton) {
        // The last step is focusable only while the keyboard is on it: always focusable, a link to
        // it (#recovery-june) would focus it on arrival and show every reader the keyboard's ring.
        next.tabIndex = -1;
        next.addEventListener('blur', () => next.removeAttribute('tabindex'), { once: true });
      }
      (nextButton ?? next).focus({ preventScroll: true });
    });
    step.querySelector('.step__card')?.append(button);
  });
}

/** Sets a section up when it comes within a screen of the viewport; returns its watcher once it has one. */
function watchSection(section: HTMLElement): () => StepWatcher | undefined {
  addNextButtons(section);
  let watcher: StepWatcher | undefined;
  const nearby = new IntersectionObserver(
    (entries) => {
      const entry = entries.at(-1);
      if (!entry?.isIntersecting) return;
      nearby.disconnect();
      const onScreen =
        entry.intersectionRatio > 0 && entry.boundingClientRect.top < window.innerHeight && entry.boundingClientRect.bottom > 0;
      watcher = setUpSection(section, { mountNow: onScreen || readerMoved });
    },
    { rootMargin: '100% 0px' },
  );
  nearby.observe(section);
  return () => watcher;
}

function setUpSection(section: HTMLElement, { mountNow }: { mountNow: boolean }): StepWatcher | undefined {
  const name = section.dataset.chart ?? '';
  const figure = section.querySelector<HTMLElement>('[data-chart-figure]');
  const steps = [...section.querySelectorAll<HTMLElement>('[data-step]')];
  if (!name || !figure || steps.length === 0) {
    console.error(`scrolly section "${section.id}" is missing its chart, figure or steps`);
    return undefined;
  }
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
    loadChart(name, section.dataset.input ?? '', readLocale(section.dataset.locale))
      .then(({ mountChart, ...loaded }) => mountChart(figure, loaded, { steps, reducedMotion }))
      .then((mounted) => {
        controller = mounted;
        // Whatever happened while loading, show the step that is active now, without animation.
        mounted.show(activeIndex, { animate: false });
        figure.dataset.live = 'true';
      })
      .catch((error: unknown) => console.error(error));

  // The first screen needs no chart code: the server's drawing is the first state.
  if (mountNow) void mount();
  else onMove.push(() => void mount());

  return watcher;
}

const watchers = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')].map(watchSection);

const refreshAll = () => watchers.forEach((watcher) => watcher()?.refresh());

const chapterMenu = document.querySelector<HTMLDetailsElement>('[data-chapter-menu]');
if (chapterMenu) setUpChapterMenu(chapterMenu);

// Static reading on a wide screen redraws each step's picture at desktop size (loaded on demand).
const sections = [...document.querySelectorAll<HTMLElement>('[data-scrolly]')];
drawStaticPicturesForPrint();
const widenStaticFigures = () => {
  if (!document.documentElement.classList.contains('is-static')) return;
  drawStaticPictures();
  if (window.innerWidth < sideBySideMinWidth || sections.length === 0) return;
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
// and the step may drift. Unless the reader has started scrolling, or has been taken elsewhere (the
// step is more than a screen away: a script's scroll fires none of these events), put it back.
let readerScrolled = false;
for (const type of ['wheel', 'touchmove', 'keydown', 'pointerdown']) {
  window.addEventListener(type, () => (readerScrolled = true), { once: true, passive: true });
}
const settleDeepLink = () => {
  const id = decodeURIComponent(window.location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (target && !readerScrolled && Math.abs(target.getBoundingClientRect().top) < window.innerHeight)
    target.scrollIntoView({ block: 'start', behavior: 'instant' });
  refreshAll();
};
// The layout's head script puts the web faces in use after the first paint and says when they are in.
if (['ready', 'fallback'].includes(document.documentElement.dataset.fonts ?? '')) settleDeepLink();
else document.addEventListener('story-fonts', settleDeepLink, { once: true });

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

// An embed page (src/embed/EmbedPage.astro) runs this entry too: its stepper and height reports come in a chunk of their own.
if (document.querySelector('[data-embed]')) void import('../embed/embed');
