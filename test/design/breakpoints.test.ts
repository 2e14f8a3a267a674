// The stylesheet's side-by-side breakpoint is the token the scripts use: CSS cannot import it, so a
// test keeps the two equal (a layout switching at one width and a script at another would draw
// desktop figures into a phone column).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { sideBySideMinWidth } from '../../src/design/tokens';

const folder = new URL('../../src/styles/story/', import.meta.url);
const css = readdirSync(folder)
  .map((file) => readFileSync(new URL(file, folder), 'utf8'))
  .join('\n');
const widths = (kind: 'min' | 'max') =>
  [...css.matchAll(new RegExp(`@media[^{]*\\(${kind}-width:\\s*(\\d+)px\\)`, 'g'))].map((match) => Number(match[1]));

it('lays text and graphic side by side from the width the scripts use', () => {
  // 648 px: the hero's wide drawing, which no script reads.
  expect(widths('min').filter((width) => width !== 648)).toEqual([sideBySideMinWidth, sideBySideMinWidth]);
  // Phones held sideways, below that width; 479 px: the narrowest phones' type.
  expect(widths('max').filter((width) => width !== 479)).toEqual([sideBySideMinWidth - 1]);
});
