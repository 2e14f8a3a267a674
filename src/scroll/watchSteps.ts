// The only module that imports scrollama: one instance per scrolly section, its state kept in this
// closure (never module-level). Scrollama is the trigger; the active step is always recomputed
// from the steps' positions, so missed or out-of-order events cannot leave a wrong picture.

// Scrollama's own ES module (its package's `module` entry): the bundler otherwise takes its UMD
// `browser` build, whose CommonJS wrapper costs the page's first script 0.4 KB gzip.
import scrollama from 'scrollama/index.js';
import { activeStepIndex } from './activeStepIndex';

/** Watches its section for as long as the page is open. */
export interface StepWatcher {
  /** Recompute the active step now (after a jump, a resize or a hash change). */
  refresh: () => void;
}

/** Trigger line as a share of the viewport height; scrollama's offset, kept in one place. */
export const triggerOffset = 0.6;

export function watchSteps(steps: readonly HTMLElement[], { onChange }: { onChange: (index: number) => void }): StepWatcher {
  let current = -1;
  const refresh = () => {
    const index = activeStepIndex(
      steps.map((step) => step.getBoundingClientRect().top),
      window.innerHeight * triggerOffset,
    );
    if (index !== current) {
      current = index;
      onChange(index);
    }
  };

  // Scrollama reports each step crossing the line in its own observer callback (an exit and an enter
  // for one move), and reads the scroll position in each. Reacting inside them would lay the page out
  // again between the chart's writes; instead the positions are read once, at the next frame.
  let frameRequest = 0;
  const refreshAtNextFrame = () => {
    cancelAnimationFrame(frameRequest);
    frameRequest = requestAnimationFrame(refresh);
  };

  scrollama()
    .setup({ step: [...steps], offset: triggerOffset })
    .onStepEnter(refreshAtNextFrame)
    .onStepExit(refreshAtNextFrame);
  refresh();

  return { refresh };
}
