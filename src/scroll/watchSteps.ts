// The only module that imports scrollama: one instance per scrolly section, its state kept in this
// closure (never module-level). Scrollama is the trigger; the active step is always recomputed
// from the steps' positions, so missed or out-of-order events cannot leave a wrong picture.

import scrollama from 'scrollama';
import { activeStepIndex } from './activeStepIndex';

export interface StepWatcher {
  /** Recompute the active step now (after a jump, a resize or a hash change). */
  refresh: () => void;
  destroy: () => void;
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

  const scroller = scrollama();
  scroller
    .setup({ step: [...steps], offset: triggerOffset })
    .onStepEnter(refresh)
    .onStepExit(refresh);
  refresh();

  return {
    refresh,
    destroy: () => scroller.destroy(),
  };
}
