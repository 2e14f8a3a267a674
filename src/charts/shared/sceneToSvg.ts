// Serialises a scene to SVG markup for the static HTML. The browser's `applyScene` reads the same
// structure back (layers as <g data-layer>, marks with data-key), so it can take over without a flash.

import type { Mark, Scene } from './scene';
import { textPosition, textTranslate } from './textPlacement';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char]!);
}

const attributes = (attrs: Mark['attrs'], skip: readonly string[] = []) =>
  Object.entries(attrs)
    .filter(([name]) => !skip.includes(name))
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

function markToSvg(mark: Mark, sharedPrefix: string | undefined, animated: boolean): string {
  if (mark.shared && sharedPrefix !== undefined) {
    // A reference to the page's single copy of the geometry (see `sharedDefs`).
    return `<use data-key="${escapeXml(mark.key)}" href="#${sharedPrefix}-${escapeXml(mark.key)}"${attributes(mark.attrs, ['d'])}/>`;
  }
  if (animated && mark.tag === 'text') {
    // Moved by its group's transform: the browser moves a group without laying its text out again.
    const { x, y } = textPosition(mark);
    return (
      `<g data-key="${escapeXml(mark.key)}" data-text="" transform="${textTranslate(x, y)}">` +
      `<text${attributes(mark.attrs, ['x', 'y'])}>${escapeXml(mark.text ?? '')}</text></g>`
    );
  }
  const open = `<${mark.tag} data-key="${escapeXml(mark.key)}"${attributes(mark.attrs)}`;
  return mark.text === undefined ? `${open}/>` : `${open}>${escapeXml(mark.text)}</${mark.tag}>`;
}

/**
 * `id` must be unique in the page: it prefixes the title, description and clip-path ids. With
 * `sharedPrefix`, shared marks become `<use>` references to `sharedDefs(scene, sharedPrefix)`, which the
 * page must contain once.
 */
export function sceneToSvg(
  scene: Scene,
  {
    id,
    className = 'chart-svg',
    sharedPrefix,
    hidden = false,
    typeScale,
    animated = false,
  }: {
    id: string;
    className?: string;
    sharedPrefix?: string;
    /** Hidden from assistive technology (a picture whose words are given elsewhere). */
    hidden?: boolean;
    /** The type scale it was laid out with, written as `data-type` so the browser can adopt it as is. */
    typeScale?: string;
    /**
     * A drawing `applyScene` will animate: each text mark is written as a `<g data-key data-text>`
     * placed by `transform`, holding its `<text>` (without x and y). Moving a label then moves a group,
     * which the browser does without laying the text out or painting it again; moving a `<text>`
     * by x and y costs both, every frame. Drawings that never move (the steps' own pictures, print,
     * social cards) keep plain `<text>`.
     */
    animated?: boolean;
  },
): string {
  const clip = scene.clip ?? { x: 0, y: 0, width: scene.width, height: scene.height };
  const layers = scene.layers
    .map((layer) => {
      const clipAttr = layer.clip ? ` clip-path="url(#${id}-clip)"` : '';
      return `<g data-layer="${escapeXml(layer.id)}"${clipAttr}>${layer.marks.map((mark) => markToSvg(mark, sharedPrefix, animated)).join('')}</g>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="${className}" viewBox="0 0 ${scene.width} ${scene.height}"` +
    ` width="${scene.width}" height="${scene.height}"${hidden ? ' aria-hidden="true"' : ` role="img" aria-labelledby="${id}-title ${id}-desc"`} data-chart-id="${id}"${typeScale ? ` data-type="${typeScale}"` : ''}>` +
    `<title id="${id}-title">${escapeXml(scene.title)}</title><desc id="${id}-desc">${escapeXml(scene.description ?? '')}</desc>` +
    `<defs><clipPath id="${id}-clip"><rect data-clip="" x="${clip.x}" y="${clip.y}" width="${clip.width}" height="${clip.height}"/></clipPath></defs>` +
    `${layers}</svg>`
  );
}

/** A hidden SVG holding the scene's shared geometry once, for the `<use>` references of `sceneToSvg`. */
export function sharedDefs(scene: Scene, sharedPrefix: string): string {
  const paths = scene.layers
    .flatMap((layer) => layer.marks)
    .filter((mark) => mark.shared && mark.tag === 'path')
    .map((mark) => `<path id="${sharedPrefix}-${escapeXml(mark.key)}" d="${escapeXml(String(mark.attrs.d ?? ''))}"/>`);
  return paths.length === 0 ? '' : `<svg class="svg-defs" aria-hidden="true" focusable="false"><defs>${paths.join('')}</defs></svg>`;
}
