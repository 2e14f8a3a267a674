// What the chart tests share: the story, two frames, a chart's English strings, keys of a scene.
import type { Scene } from '../../src/charts/shared/scene';
import { chartMessages, type ChartName } from '../../src/story/chartRegistry';
import { loadStory } from '../../src/story/loadStory';

export const story = loadStory();
export const wide = { width: 800, height: 640 } as const;
export const narrow = { width: 370, height: 420 } as const;
export const en = (chart: ChartName, size: { width: number; height: number }) => ({ ...size, messages: chartMessages(chart, 'en') });
export const keys = (scene: Scene, prefix: string) =>
  scene.layers.flatMap((layer) => layer.marks.map((mark) => mark.key)).filter((key) => key.startsWith(prefix));
