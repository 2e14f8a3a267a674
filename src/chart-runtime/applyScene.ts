// Brings an <svg> rendered by `sceneToSvg` to a new scene: marks are joined by key, kept marks
// transition their attributes, new ones fade in, gone ones fade out. With duration 0 it jumps.
// Browser only; it knows nothing about any particular chart.

import { easeCubicInOut } from 'd3-ease';
import { select, type BaseType, type Selection } from 'd3-selection';
import 'd3-transition';
import type { Layer, Mark, Scene } from '../charts/scene';

const SVG_NS = 'http://www.w3.org/2000/svg';

type MarkSelection = Selection<SVGElement, Mark, BaseType, unknown>;

function setAttrs(node: MarkSelection, mark: Mark) {
  for (const [name, value] of Object.entries(mark.attrs)) node.attr(name, value);
  if (mark.text !== undefined) node.text(mark.text);
}

/** Join key: the tag is part of it, so a key that changes element type exits and re-enters. */
function keyOf(this: BaseType | SVGGElement, mark: Mark): string {
  // d3 calls this with each existing node's bound datum, which is undefined for server-rendered marks.
  const datum = mark as Mark | undefined;
  const element = this as Element;
  return datum ? `${datum.tag}:${datum.key}` : `${element.tagName}:${element.getAttribute('data-key') ?? ''}`;
}

function layerGroup(svg: SVGSVGElement, layer: Layer, index: number, clipId: string): SVGGElement {
  let group = svg.querySelector<SVGGElement>(`:scope > g[data-layer="${CSS.escape(layer.id)}"]`);
  if (!group) {
    group = document.createElementNS(SVG_NS, 'g');
    group.setAttribute('data-layer', layer.id);
  }
  if (layer.clip) group.setAttribute('clip-path', `url(#${clipId})`);
  else group.removeAttribute('clip-path');
  // Keep layer order as the scene declares it (after <title>, <desc>, <defs>).
  const before = svg.querySelectorAll(':scope > g[data-layer]')[index];
  if (before !== group) svg.insertBefore(group, before ?? null);
  return group;
}

function updateMark(element: SVGElement, mark: Mark, duration: number) {
  const node: MarkSelection = select<SVGElement, Mark>(element);
  node.interrupt().style('opacity', null);
  if (duration === 0) {
    setAttrs(node, mark);
    return;
  }
  if (mark.text !== undefined) node.text(mark.text);
  const moving = node.transition().duration(duration).ease(easeCubicInOut);
  for (const [name, value] of Object.entries(mark.attrs)) {
    // Class names swap at once; geometry is interpolated.
    if (name === 'class') node.attr(name, value);
    else moving.attr(name, value);
  }
}

export function applyScene(svg: SVGSVGElement, scene: Scene, { duration }: { duration: number }): void {
  const id = svg.getAttribute('data-chart-id') ?? '';
  svg.setAttribute('viewBox', `0 0 ${scene.width} ${scene.height}`);
  svg.setAttribute('width', String(scene.width));
  svg.setAttribute('height', String(scene.height));
  const title = svg.querySelector('title');
  const desc = svg.querySelector('desc');
  if (title) title.textContent = scene.title;
  if (desc) desc.textContent = scene.description;

  const clip = scene.clip ?? { x: 0, y: 0, width: scene.width, height: scene.height };
  const clipRect = select(svg).select<SVGRectElement>('rect[data-clip]');
  clipRect.interrupt();
  if (duration > 0) {
    clipRect
      .transition()
      .duration(duration)
      .ease(easeCubicInOut)
      .attr('x', clip.x)
      .attr('y', clip.y)
      .attr('width', clip.width)
      .attr('height', clip.height);
  } else {
    clipRect.attr('x', clip.x).attr('y', clip.y).attr('width', clip.width).attr('height', clip.height);
  }

  const wanted = new Set(scene.layers.map((layer) => layer.id));
  svg.querySelectorAll<SVGGElement>(':scope > g[data-layer]').forEach((group) => {
    if (!wanted.has(group.getAttribute('data-layer') ?? '')) group.remove();
  });

  scene.layers.forEach((layer, index) => {
    const group = layerGroup(svg, layer, index, `${id}-clip`);
    const joined = select(group)
      .selectAll<SVGElement, Mark>(':scope > [data-key]')
      .data<Mark>([...layer.marks], keyOf);

    joined.each(function (mark) {
      updateMark(this, mark, duration);
    });

    const entered = joined
      .enter()
      .append((mark) => document.createElementNS(SVG_NS, mark.tag) as SVGElement)
      .attr('data-key', (mark) => mark.key)
      .each(function (mark) {
        setAttrs(select<SVGElement, Mark>(this), mark);
      });
    if (duration > 0)
      entered
        .style('opacity', 0)
        .transition()
        .delay(duration * 0.4)
        .duration(duration * 0.6)
        .style('opacity', 1);

    const exiting = joined.exit<Mark>();
    if (duration > 0)
      exiting
        .interrupt()
        .transition()
        .duration(duration * 0.4)
        .style('opacity', 0)
        .remove();
    else exiting.remove();

    // Enter appends at the end; restore the scene's paint order so labels stay above bars.
    select(group).selectAll<SVGElement, Mark>(':scope > [data-key]').order();
  });
}
