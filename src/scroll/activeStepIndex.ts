// Which step is active, from geometry alone: the last step whose top has crossed the trigger line.
// Pure, so reload, deep link, fast scroll and scrolling up all agree on the same answer.

/** `stepTops` are viewport-relative tops in document order; `triggerY` is the line, in px from the top. */
export function activeStepIndex(stepTops: readonly number[], triggerY: number): number {
  let active = 0;
  stepTops.forEach((top, index) => {
    if (top <= triggerY) active = index;
  });
  return active;
}
