// Linear and square-root scales: the few methods the charts use (domain, range, nice, ticks), with
// d3-array's tick and nice arithmetic, so ticks and positions are those of d3-scale. d3-scale itself
// would bring its colour interpolation and number formatting into the page's JavaScript.

import { nice as niceDomain, ticks as arrayTicks } from 'd3-array';

export interface LinearScale {
  (value: number): number;
  domain(): [number, number];
  domain(domain: readonly [number, number]): LinearScale;
  range(): [number, number];
  range(range: readonly [number, number]): LinearScale;
  /** Extends the domain to round values, as d3's `linear.nice(count)`. */
  nice(count?: number): LinearScale;
  ticks(count?: number): number[];
}

function makeScale(transform: (value: number) => number): LinearScale {
  let d: [number, number] = [0, 1];
  let r: [number, number] = [0, 1];
  const scale = ((value: number) => {
    const [t0, t1] = [transform(d[0]), transform(d[1])];
    // A collapsed domain maps to the middle of the range, as in d3.
    const share = t1 === t0 ? 0.5 : (transform(value) - t0) / (t1 - t0);
    return r[0] * (1 - share) + r[1] * share;
  }) as LinearScale;
  scale.domain = ((next?: readonly [number, number]) => {
    if (next === undefined) return [...d] as [number, number];
    d = [next[0], next[1]];
    return scale;
  }) as LinearScale['domain'];
  scale.range = ((next?: readonly [number, number]) => {
    if (next === undefined) return [...r] as [number, number];
    r = [next[0], next[1]];
    return scale;
  }) as LinearScale['range'];
  scale.nice = (count = 10) => {
    const [start, stop] = d[0] <= d[1] ? d : [d[1], d[0]];
    const [niceStart, niceStop] = niceDomain(start, stop, count);
    d = d[0] <= d[1] ? [niceStart, niceStop] : [niceStop, niceStart];
    return scale;
  };
  scale.ticks = (count = 10) => arrayTicks(d[0], d[1], count);
  return scale;
}

export const scaleLinear = (): LinearScale => makeScale((value) => value);

/** Square-root scale (sizes of circles by area), for non-negative domains. */
export const scaleSqrt = (): LinearScale => makeScale((value) => Math.sign(value) * Math.sqrt(Math.abs(value)));
