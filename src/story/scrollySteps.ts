// Where each step of a scrolly section sits: its deep-link id and the caption it shows. Pure, and
// shared by the MDX plugin that hands each <Step> its place (src/integrations/scrollyStepsPlugin.ts)
// and by <Scrolly>, which draws the captions.

/** A step as written in MDX: `<Step state="…" caption="…" source="…">`. */
export interface DeclaredStep {
  state: string;
  caption?: string | undefined;
  source?: string | undefined;
}

export interface PlacedStep extends DeclaredStep {
  /** 1-based position in the section. */
  index: number;
  /** `<section>-<state>`, then `-2`, `-3`… for a state that comes back. */
  id: string;
  /** 0 for the section's own caption; 1, 2… for each distinct caption a step brings, in order. */
  captionVariant: number;
}

export function placeSteps(section: string, steps: readonly DeclaredStep[]): PlacedStep[] {
  const seen = new Map<string, number>();
  const captions: string[] = [];
  return steps.map((step, position) => {
    const count = (seen.get(step.state) ?? 0) + 1;
    seen.set(step.state, count);
    if (step.caption !== undefined && !captions.includes(step.caption)) captions.push(step.caption);
    return {
      ...step,
      index: position + 1,
      id: `${section}-${step.state}${count > 1 ? `-${count}` : ''}`,
      captionVariant: step.caption === undefined ? 0 : captions.indexOf(step.caption) + 1,
    };
  });
}
