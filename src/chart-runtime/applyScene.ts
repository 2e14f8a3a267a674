// Brings an <svg> rendered by `sceneToSvg` (with `animated`) to a new scene: marks are matched by
// key, kept marks tween their attributes, new ones fade in, gone ones fade out. With duration 0 it
// jumps. A text mark is a <g data-key data-text transform="translate(x,y)"> holding its <text>: it
// moves by its group's transform. A small keyed reconciler on requestAnimationFrame: the keyed
// join is all this needs of d3-selection and d3-transition.
// Browser only; knows no chart.

import type { Layer, Mark, Scene } from '../charts/shared/scene';
import { textPosition, textTranslate } from '../charts/shared/textPlacement';
import { interpolateNumber, interpolateNumbersIn } from './pathTween';

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Per-frame updates of one run, given eased progress 0…1 and raw progress 0…1. */
type Tween = (eased: number, raw: number) => void;

interface Run {
  /** Stops the run where it is; tweens of the next run start from the current attribute values. */
  stop: () => void;
}

const runs = new WeakMap<SVGSVGElement, Run>();

/** d3-ease's easeCubicInOut, inlined: the module costs more than the function. */
const easeCubicInOut = (t: number) => ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;

/**
 * Raw progress of a run, 0…1. A requestAnimationFrame timestamp is the start of the frame and can be
 * earlier than the performance.now() taken when the run began; unclamped, the easing would then
 * extrapolate past the start value (a bar growing from 0 got a negative width).
 */
export const runProgress = (now: number, start: number, duration: number) =>
  duration > 0 ? Math.max(0, Math.min(1, (now - start) / duration)) : 1;

/** Join key: the tag is part of it, so a key that changes element type exits and re-enters. */
const joinKey = (tag: string, key: string) => `${tag.toLowerCase()}:${key}`;

/**
 * The mark type an element draws: a text mark's element is the group that places its <text>, and a
 * shared path's (the world's land) is the <use> that refers to the page's one copy of it. A bare
 * <text> is not a text mark's element: it leaves, and a group takes its place.
 */
function markTag(element: Element): string {
  if (element.hasAttribute('data-text')) return 'text';
  const tag = element.tagName.toLowerCase();
  return tag === 'use' ? 'path' : tag === 'text' ? 'bare text' : tag;
}

/** A text mark's <text>, inside its group. */
const textIn = (group: Element) => group.firstElementChild!;

/**
 * Whether an attribute of a mark is written on its element: a text mark's position is its group's,
 * and a shared path's geometry is the page's copy, which its <use> refers to (it is the same in
 * every state: only its other attributes change).
 */
const onElement = (element: Element, mark: Mark, name: string) =>
  mark.tag === 'text' ? name !== 'x' && name !== 'y' : name !== 'd' || element.tagName.toLowerCase() !== 'use';

function readTranslate(value: string | null): { x: number; y: number } | undefined {
  const match = /^translate\(([^,]+),([^)]+)\)$/.exec(value ?? '');
  if (!match) return undefined;
  const [x, y] = [Number(match[1]), Number(match[2])];
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

/** Moves a text mark's group from where it stands to the mark's position. */
function positionTween(group: Element, mark: Mark): Tween | undefined {
  const to = textPosition(mark);
  const target = textTranslate(to.x, to.y);
  const current = group.getAttribute('transform');
  if (current === target) return undefined;
  const from = readTranslate(current);
  if (!from) {
    group.setAttribute('transform', target);
    return undefined;
  }
  const [x, y] = [interpolateNumber(from.x, to.x), interpolateNumber(from.y, to.y)];
  return (eased) => group.setAttribute('transform', textTranslate(x(eased), y(eased)));
}

function attributeTween(element: Element, name: string, to: string | number): Tween | undefined {
  const target = String(to);
  const current = element.getAttribute(name);
  if (current === target) return undefined;
  if (current === null || name === 'class') {
    element.setAttribute(name, target);
    return undefined;
  }
  const fromNumber = Number(current);
  const toNumber = Number(target);
  const interpolate =
    Number.isFinite(fromNumber) && Number.isFinite(toNumber) && current.trim() !== ''
      ? interpolateNumber(fromNumber, toNumber)
      : interpolateNumbersIn(current, target, name === 'd' ? 0.1 : 0.01);
  return (eased) => element.setAttribute(name, String(interpolate(eased)));
}

/** Attributes no scene sets: the runtime's own, and a shared path's reference to the page's copy. */
const runtimeAttributes = new Set(['data-key', 'data-leaving', 'style', 'href']);

/** An attribute set to the value it has is still invalidated, and its element laid out again. */
function setIfChanged(element: Element, name: string, value: string) {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function removeStaleAttributes(element: Element, attrs: Mark['attrs']) {
  for (const name of element.getAttributeNames()) {
    if (!runtimeAttributes.has(name) && !Object.hasOwn(attrs, name)) element.removeAttribute(name);
  }
}

function setText(element: Element, text: string | undefined) {
  if (text !== undefined && element.textContent !== text) element.textContent = text;
}

function setAttributes(element: Element, mark: Mark) {
  if (mark.tag === 'text') {
    const { x, y } = textPosition(mark);
    setIfChanged(element, 'transform', textTranslate(x, y));
    const text = textIn(element);
    for (const [name, value] of Object.entries(mark.attrs)) if (onElement(element, mark, name)) setIfChanged(text, name, String(value));
    setText(text, mark.text);
    return;
  }
  for (const [name, value] of Object.entries(mark.attrs)) if (onElement(element, mark, name)) setIfChanged(element, name, String(value));
  setText(element, mark.text);
}

/** A new mark's element, as `sceneToSvg` writes it. */
function createMark(mark: Mark): Element {
  const element = document.createElementNS(SVG_NS, mark.tag === 'text' ? 'g' : mark.tag);
  element.setAttribute('data-key', mark.key);
  if (mark.tag === 'text') {
    element.setAttribute('data-text', '');
    element.append(document.createElementNS(SVG_NS, 'text'));
  }
  setAttributes(element, mark);
  return element;
}

function layerGroup(svg: SVGSVGElement, layer: Layer, index: number, clipId: string): SVGGElement {
  let group = svg.querySelector<SVGGElement>(`:scope > g[data-layer="${CSS.escape(layer.id)}"]`);
  if (!group) {
    group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('data-layer', layer.id);
  }
  if (layer.clip) setIfChanged(group, 'clip-path', `url(#${clipId})`);
  else group.removeAttribute('clip-path');
  // Keep layer order as the scene declares it (after <title>, <desc>, <defs>).
  const before = svg.querySelectorAll(':scope > g[data-layer]')[index];
  if (before !== group) svg.insertBefore(group, before ?? null);
  return group;
}

/** Applies the scene; the promise settles when the picture has arrived (or the run was superseded). */
export function applyScene(svg: SVGSVGElement, scene: Scene, { duration }: { duration: number }): Promise<void> {
  runs.get(svg)?.stop();
  const animate = duration > 0;
  const tweens: Tween[] = [];
  const leaving: Element[] = [];

  const id = svg.getAttribute('data-chart-id') ?? '';
  setIfChanged(svg, 'viewBox', `0 0 ${scene.width} ${scene.height}`);
  setIfChanged(svg, 'width', String(scene.width));
  setIfChanged(svg, 'height', String(scene.height));
  const title = svg.querySelector('title');
  const desc = svg.querySelector('desc');
  if (title) setText(title, scene.title);
  if (desc) setText(desc, scene.description);

  const clip = scene.clip ?? { x: 0, y: 0, width: scene.width, height: scene.height };
  const clipRect = svg.querySelector('rect[data-clip]');
  if (clipRect) {
    for (const [name, value] of Object.entries(clip)) {
      const tween = animate ? attributeTween(clipRect, name, value) : (setIfChanged(clipRect, name, String(value)), undefined);
      if (tween) tweens.push(tween);
    }
  }

  const wanted = new Set(scene.layers.map((layer) => layer.id));
  svg.querySelectorAll(':scope > g[data-layer]').forEach((group) => {
    if (!wanted.has(group.getAttribute('data-layer') ?? '')) group.remove();
  });

  scene.layers.forEach((layer, index) => {
    const group = layerGroup(svg, layer, index, `${id}-clip`);
    const existing = new Map<string, Element>();
    for (const child of group.children) {
      const key = child.getAttribute('data-key');
      if (key !== null) existing.set(joinKey(markTag(child), key), child);
    }
    const placed: Element[] = [];
    for (const mark of layer.marks) {
      const key = joinKey(mark.tag, mark.key);
      let element = existing.get(key);
      existing.delete(key);
      if (element) {
        // A mark caught fading in when its run was stopped is shown whole (one caught fading out was
        // removed when the run stopped, and comes back as a new mark).
        element.removeAttribute('data-leaving');
        const { style } = element as SVGElement;
        if (style.opacity !== '') style.opacity = '';
        // An attribute the mark no longer has goes (a label that loses its bold class must not keep it;
        // a <text> never has x or y, so its mark's position is never taken for one it should keep).
        const drawn = mark.tag === 'text' ? textIn(element) : element;
        removeStaleAttributes(drawn, mark.attrs);
        if (animate) {
          setText(drawn, mark.text);
          for (const [name, value] of Object.entries(mark.attrs)) {
            if (!onElement(element, mark, name)) continue;
            const tween = attributeTween(drawn, name, value);
            if (tween) tweens.push(tween);
          }
          const moved = mark.tag === 'text' ? positionTween(element, mark) : undefined;
          if (moved) tweens.push(moved);
        } else setAttributes(element, mark);
      } else {
        element = createMark(mark);
        if (animate) {
          const entering = element as SVGElement;
          entering.style.opacity = '0';
          tweens.push((_, raw) => {
            entering.style.opacity = String(Math.max(0, Math.min(1, (raw - 0.4) / 0.6)));
          });
        }
      }
      placed.push(element);
    }
    // Paint order follows the scene, the scene's marks last (above any mark fading out). A kept mark
    // already in place is not moved: moving a node throws its layout away and the browser lays it
    // out again from scratch.
    let next: Element | null = null;
    for (const element of placed.reverse()) {
      const expected: Element | null = next ? next.previousElementSibling : group.lastElementChild;
      if (element !== expected) group.insertBefore(element, next);
      next = element;
    }
    for (const element of existing.values()) {
      if (!animate) {
        element.remove();
        continue;
      }
      element.setAttribute('data-leaving', '');
      leaving.push(element);
      const exiting = element as SVGElement;
      tweens.push((_, raw) => {
        exiting.style.opacity = String(Math.max(0, 1 - raw / 0.4));
      });
    }
  });

  if (!animate || tweens.length === 0) {
    for (const element of leaving) element.remove();
    return Promise.resolve();
  }

  return new Promise((resolve) => {
    let frame = 0;
    const start = performance.now();
    const finish = () => {
      for (const element of leaving) if (element.hasAttribute('data-leaving')) element.remove();
      runs.delete(svg);
      resolve();
    };
    const step = (now: number) => {
      const raw = runProgress(now, start, duration);
      const eased = easeCubicInOut(raw);
      for (const tween of tweens) tween(eased, raw);
      if (raw < 1) frame = requestAnimationFrame(step);
      else finish();
    };
    runs.set(svg, {
      stop: () => {
        cancelAnimationFrame(frame);
        finish();
      },
    });
    frame = requestAnimationFrame(step);
  });
}
