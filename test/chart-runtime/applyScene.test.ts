// @vitest-environment happy-dom
// The browser's half of a state change, in a DOM: marks are matched by key (the same element is kept
// and moved), new marks fade in, gone ones fade out and are removed, a new state interrupts a running
// transition from where it stands, and a zero duration (reduced motion) jumps at once. Animation
// frames are driven by hand, so every assertion is about a given moment of the run, not about time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyScene } from '../../src/chart-runtime/applyScene';
import type { Mark, Scene } from '../../src/charts/shared/scene';
import { sceneToSvg } from '../../src/charts/shared/sceneToSvg';

const start = 1000;
let frames: { id: number; callback: FrameRequestCallback }[] = [];
let nextFrame = 1;

/** Runs the frame requested at `at` ms after the run began (its callbacks may ask for the next one). */
function frameAt(at: number) {
  const due = frames;
  frames = [];
  for (const { callback } of due) callback(start + at);
}

beforeEach(() => {
  frames = [];
  vi.spyOn(performance, 'now').mockReturnValue(start);
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    const id = nextFrame++;
    frames.push({ id, callback });
    return id;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    frames = frames.filter((frame) => frame.id !== id);
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const bar = (key: string, x: number, width = 10): Mark => ({ key, tag: 'rect', attrs: { x, y: 0, width, height: 20 } });
const label = (key: string, x: number, text: string): Mark => ({ key, tag: 'text', attrs: { x, y: 30 }, text });

function scene(marks: Mark[], description = 'a state'): Scene {
  return { width: 200, height: 100, title: 'Test chart', description, layers: [{ id: 'marks', marks }] };
}

/** An <svg> as the server writes it for the browser to animate, in the document. */
function mount(first: Scene): SVGSVGElement {
  document.body.innerHTML = sceneToSvg(first, { id: 'test', animated: true });
  return document.querySelector('svg')!;
}

const marks = (svg: SVGSVGElement) => [...svg.querySelectorAll('g[data-layer="marks"] > [data-key]')];
const byKey = (svg: SVGSVGElement, key: string) => svg.querySelector<SVGElement>(`[data-key="${key}"]`);

describe('applyScene', () => {
  it('keeps the element of a mark whose key stays, adds new marks, removes gone ones and follows the scene order', async () => {
    const svg = mount(scene([bar('a', 0), bar('b', 20), bar('c', 40)]));
    const a = byKey(svg, 'a');
    const b = byKey(svg, 'b');
    await applyScene(svg, scene([bar('b', 60), bar('d', 80), bar('a', 5)], 'next state'), { duration: 0 });
    expect(marks(svg).map((element) => element.getAttribute('data-key'))).toEqual(['b', 'd', 'a']);
    // Same elements, new attributes.
    expect(byKey(svg, 'a')).toBe(a);
    expect(byKey(svg, 'b')).toBe(b);
    expect(b!.getAttribute('x')).toBe('60');
    expect(byKey(svg, 'c')).toBeNull();
    expect(svg.querySelector('desc')!.textContent).toBe('next state');
  });

  it('drops an attribute a kept mark no longer has, with or without a transition', async () => {
    const bold = (key: string): Mark => ({ key, tag: 'text', attrs: { x: 0, y: 30, class: 'label label-strong' }, text: 'Stargate' });
    const plain = (key: string): Mark => ({ key, tag: 'text', attrs: { x: 0, y: 30 }, text: 'Stargate' });
    for (const duration of [0, 300]) {
      const svg = mount(scene([bold('detail')]));
      const element = byKey(svg, 'detail')!;
      const drawn = applyScene(svg, scene([plain('detail')]), { duration });
      frameAt(duration);
      await drawn;
      expect(byKey(svg, 'detail'), `duration ${duration}`).toBe(element);
      expect(element.querySelector('text')!.hasAttribute('class'), `duration ${duration}`).toBe(false);
      expect(element.getAttribute('data-key')).toBe('detail');
    }
  });

  it('treats a key that changes element type as a new mark', async () => {
    const svg = mount(scene([bar('value', 0)]));
    const before = byKey(svg, 'value');
    await applyScene(svg, scene([label('value', 0, '$590B')]), { duration: 0 });
    const after = byKey(svg, 'value');
    expect(after).not.toBe(before);
    // A text mark is its <text> in a group that places it.
    expect(after!.tagName.toLowerCase()).toBe('g');
    expect(after!.querySelector('text')!.textContent).toBe('$590B');
    expect(marks(svg)).toHaveLength(1);
  });

  it('with a duration, tweens kept marks, fades new ones in and gone ones out, then removes them', async () => {
    const svg = mount(scene([bar('kept', 0), bar('gone', 50)]));
    let settled = false;
    const done = applyScene(svg, scene([bar('kept', 100), bar('new', 150)]), { duration: 600 }).then(() => (settled = true));
    const kept = byKey(svg, 'kept')!;
    const entering = byKey(svg, 'new')!;
    const leaving = byKey(svg, 'gone')!;
    // Nothing has moved before the first frame; the new mark is in place but invisible.
    expect(kept.getAttribute('x')).toBe('0');
    expect(entering.style.opacity).toBe('0');
    expect(leaving.hasAttribute('data-leaving')).toBe(true);

    frameAt(120); // raw progress 0.2
    expect(Number(leaving.style.opacity)).toBeCloseTo(0.5); // gone marks fade over the first 40 %
    expect(Number(entering.style.opacity)).toBe(0); // new ones wait for it
    frameAt(300); // halfway: the ease is symmetric, so the kept bar is halfway too
    expect(Number(kept.getAttribute('x'))).toBeCloseTo(50);
    expect(Number(leaving.style.opacity)).toBe(0);
    frameAt(420); // raw 0.7
    expect(Number(entering.style.opacity)).toBeCloseTo(0.5);
    expect(settled).toBe(false);

    frameAt(600);
    await done;
    expect(settled).toBe(true);
    expect(kept.getAttribute('x')).toBe('100');
    expect(Number(entering.style.opacity)).toBe(1);
    expect(byKey(svg, 'gone')).toBeNull();
    expect(frames).toHaveLength(0);
  });

  it('a new state interrupts a running transition: the first settles, the second starts from where the marks stand', async () => {
    const svg = mount(scene([bar('kept', 0), bar('gone', 50)]));
    const first = applyScene(svg, scene([bar('kept', 100)]), { duration: 600 });
    frameAt(300);
    const kept = byKey(svg, 'kept')!;
    expect(Number(kept.getAttribute('x'))).toBeCloseTo(50);

    const second = applyScene(svg, scene([bar('kept', 0)]), { duration: 600 });
    await first; // superseded runs settle at once
    // The interrupted run's leaving mark is gone, and its frame was cancelled: one run is left.
    expect(byKey(svg, 'gone')).toBeNull();
    expect(frames).toHaveLength(1);
    frameAt(0);
    expect(Number(kept.getAttribute('x'))).toBeCloseTo(50);
    frameAt(300);
    expect(Number(kept.getAttribute('x'))).toBeCloseTo(25);
    frameAt(600);
    await second;
    expect(kept.getAttribute('x')).toBe('0');
  });

  it('leaves kept marks that are in place where they are and does not rewrite unchanged attributes', async () => {
    const svg = mount(scene([bar('a', 0), bar('b', 20), bar('c', 40)]));
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(svg, { subtree: true, attributes: true, childList: true });
    // 'b' moves, 'a' and 'c' keep every attribute and their order; 'd' is new at the end.
    const drawn = applyScene(svg, scene([bar('a', 0), bar('b', 30), bar('c', 40), bar('d', 60)]), { duration: 600 });
    frameAt(300);
    frameAt(600);
    await drawn;
    records.push(...observer.takeRecords());
    observer.disconnect();
    const touched = new Set(
      records.map((record) => (record.target as Element).getAttribute('data-key') ?? (record.target as Element).tagName.toLowerCase()),
    );
    // Only the mark that moved and the one that entered were written to, and their group gained 'd':
    // not the <svg> (its size is unchanged), its title or description, nor 'a' and 'c'.
    expect([...touched].sort()).toEqual(['b', 'd', 'g']);
    const moves = records.filter((record) => record.type === 'childList');
    expect(moves.flatMap((record) => [...record.removedNodes])).toHaveLength(0);
    expect(moves.flatMap((record) => [...record.addedNodes].map((node) => (node as Element).getAttribute('data-key')))).toEqual(['d']);
    expect(marks(svg).map((element) => element.getAttribute('data-key'))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('a mark caught fading in when its run is stopped is shown whole in the next state', async () => {
    const svg = mount(scene([bar('a', 0)]));
    void applyScene(svg, scene([bar('a', 0), bar('new', 50)]), { duration: 600 });
    frameAt(400);
    expect(Number(byKey(svg, 'new')!.style.opacity)).toBeGreaterThan(0);
    expect(Number(byKey(svg, 'new')!.style.opacity)).toBeLessThan(1);
    await applyScene(svg, scene([bar('a', 0), bar('new', 50)]), { duration: 0 });
    expect(byKey(svg, 'new')!.style.opacity).toBe('');
  });

  it('with no duration (reduced motion) lands on the new picture at once, without a frame', async () => {
    const svg = mount(scene([bar('kept', 0), bar('gone', 50)]));
    await applyScene(svg, scene([bar('kept', 100), bar('new', 150)]), { duration: 0 });
    expect(frames).toHaveLength(0);
    expect(byKey(svg, 'kept')!.getAttribute('x')).toBe('100');
    expect(byKey(svg, 'new')!.style.opacity).toBe('');
    expect(byKey(svg, 'gone')).toBeNull();
  });

  it("moves a label by its group's transform: its <text> is not written to while it moves", async () => {
    const svg = mount(scene([label('value', 10, '$590B')]));
    const group = byKey(svg, 'value')!;
    const text = group.querySelector('text')!;
    expect(group.getAttribute('transform')).toBe('translate(10,30)');
    expect(text.hasAttribute('x') || text.hasAttribute('y')).toBe(false);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(svg, { subtree: true, attributes: true, childList: true, characterData: true });
    const drawn = applyScene(svg, scene([{ ...label('value', 110, '$590B'), attrs: { x: 110, y: 50 } }]), { duration: 600 });
    frameAt(300);
    expect(group.getAttribute('transform')).toBe('translate(60,40)');
    frameAt(600);
    await drawn;
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(group.getAttribute('transform')).toBe('translate(110,50)');
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((record) => record.target === group && record.attributeName === 'transform')).toBe(true);
  });

  it("draws what the server writes: a scene applied to another state's drawing matches its own markup", async () => {
    const first = scene([bar('a', 0), label('note', 5, 'Friday'), label('gone', 9, 'Gone'), bar('b', 20)]);
    const next = scene([
      label('fresh', 40, 'New'),
      { key: 'note', tag: 'text', attrs: { x: 12, y: 8, class: 'label', 'text-anchor': 'end' }, text: 'Monday' },
      bar('a', 3, 12),
    ]);
    const normalized = (root: ParentNode) =>
      [...root.querySelectorAll('[data-layer] [data-key], [data-layer] [data-text] > text')].map((element) =>
        [
          element.tagName.toLowerCase(),
          ...element
            .getAttributeNames()
            .filter((name) => name !== 'style')
            .sort()
            .map((name) => `${name}=${element.getAttribute(name)}`),
          element.tagName.toLowerCase() === 'text' ? element.textContent : '',
        ].join(' '),
      );
    for (const duration of [0, 600]) {
      const svg = mount(first);
      const drawn = applyScene(svg, next, { duration });
      frameAt(duration);
      await drawn;
      const expected = document.createElement('div');
      expected.innerHTML = sceneToSvg(next, { id: 'expected', animated: true });
      expect(normalized(svg), `duration ${duration}`).toEqual(normalized(expected));
    }
  });

  it('moves a path whose points move number by number, at a tenth of a pixel, ending exactly on the new path', async () => {
    const line = (d: string): Mark => ({ key: 'line', tag: 'path', attrs: { d, class: 'mark-line' } });
    const svg = mount(scene([line('M0,10L20.5,-4L40,7.3')]));
    const path = byKey(svg, 'line')!;
    const drawn = applyScene(svg, scene([line('M10,20L30.5,6L40,-7.3')]), { duration: 600 });
    frameAt(300); // halfway
    expect(path.getAttribute('d')).toBe('M5,15L25.5,1L40,0');
    frameAt(420); // raw 0.7, eased 0.892
    expect(path.getAttribute('d')).toBe('M8.9,18.9L29.4,4.9L40,-5.7');
    frameAt(600);
    await drawn;
    expect(path.getAttribute('d')).toBe('M10,20L30.5,6L40,-7.3');
  });

  it("keeps a shared path's <use> across states: only its other attributes change, its reference stays", async () => {
    const land = (transform: string): Mark => ({
      key: 'land',
      tag: 'path',
      shared: true,
      attrs: { d: 'M0,0L10,0L10,10Z', transform, class: 'map-land' },
    });
    const first = scene([land('translate(0,0) scale(1)')]);
    document.body.innerHTML = sceneToSvg(first, { id: 'test', sharedPrefix: 'shared', animated: true });
    const svg = document.querySelector('svg')!;
    const use = byKey(svg, 'land')!;
    expect(use.tagName.toLowerCase()).toBe('use');
    for (const duration of [600, 0]) {
      const drawn = applyScene(svg, scene([land(duration ? 'translate(-40,0) scale(1)' : 'translate(-80,0) scale(1)')]), { duration });
      frameAt(300);
      if (duration) expect(use.getAttribute('transform')).toBe('translate(-20,0) scale(1)');
      frameAt(600);
      await drawn;
      // The same element, still a reference to the page's copy: no path of its own, nothing fading.
      expect(byKey(svg, 'land')).toBe(use);
      expect(marks(svg)).toHaveLength(1);
      expect(use.getAttribute('href')).toBe('#shared-land');
      expect(use.hasAttribute('d')).toBe(false);
      expect(use.style.opacity).toBe('');
    }
    expect(use.getAttribute('transform')).toBe('translate(-80,0) scale(1)');
  });

  it('replaces a bare <text> with a label group', async () => {
    document.body.innerHTML = sceneToSvg(scene([label('note', 5, 'Friday')]), { id: 'test' });
    const svg = document.querySelector('svg')!;
    await applyScene(svg, scene([label('note', 5, 'Monday')]), { duration: 0 });
    const note = byKey(svg, 'note')!;
    expect(note.hasAttribute('data-text')).toBe(true);
    expect(note.querySelector('text')!.textContent).toBe('Monday');
    expect(marks(svg)).toHaveLength(1);
  });
});
