// A section's captions: its own (variant 0) and each distinct one a step brings, in the order
// placeSteps numbers them, typeset for the locale with their source lines.

import type { Locale } from '../i18n/locales';
import { sourceLine } from '../i18n/pageText';
import { typeset } from '../i18n/typeset';
import type { PlacedStep } from './scrollySteps';

export function captionVariants(
  { caption, source, steps }: { caption: string; source: string; steps: readonly PlacedStep[] },
  locale: Locale,
): { caption: string; sourceLine: string }[] {
  const brought = [...new Map(steps.filter((step) => step.captionVariant > 0).map((step) => [step.captionVariant, step])).values()];
  return [{ caption, source }, ...brought.map((step) => ({ caption: step.caption!, source: step.source! }))].map((variant) => ({
    caption: typeset(variant.caption, locale),
    sourceLine: sourceLine(variant.source, locale),
  }));
}
