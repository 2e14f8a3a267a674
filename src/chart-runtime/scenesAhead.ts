// The scenes of a chart's neighbouring states, computed while the reader reads. Kept because the
// bench's target of no long task while scrolling needs it: a cold scene of the map takes about 100 ms
// at 4× CPU slowdown, so computed on a state change it is a long task of its own; computed in idle
// time, a state change only draws. Nothing is done where idle callbacks do not exist.

import type { Scene } from '../charts/shared/scene';

export function scenesAhead({
  compute,
  key,
  near,
}: {
  /** The scene of `state` for the frame as it is now. */
  compute: (state: string) => Scene;
  /** What the scene of `state` depends on besides the state (the frame's size and type scale). */
  key: (state: string) => string;
  near: () => boolean;
}) {
  const scenes = new Map<string, Scene>();
  const idle = 'requestIdleCallback' in window;
  let request = 0;
  const cancel = () => idle && cancelIdleCallback(request);
  /** One scene per idle period, while the chart is near: the next state's, then the previous one's. */
  const prepareAround = (states: readonly string[], index: number) => {
    cancel();
    const state = [states[index + 1], states[index - 1]].find((candidate) => candidate !== undefined && !scenes.has(key(candidate)));
    if (!state || !idle) return;
    request = requestIdleCallback(() => {
      if (!near()) return;
      scenes.set(key(state), compute(state));
      prepareAround(states, index);
    });
  };
  return {
    take: (state: string) => scenes.get(key(state)),
    prepareAround,
    /** Forgets every scene (the frame changed) and any work planned. */
    clear() {
      scenes.clear();
      cancel();
    },
  };
}
