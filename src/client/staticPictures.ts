// Each step's picture ships inside <noscript> (components/Scrolly.astro): readers without JavaScript
// get it as part of the page; with JavaScript the browser keeps it as text, so the story's first
// load builds, styles and lays out none of them. They are turned into drawings when they are seen:
// in print, and in static reading.

const pictures = 'figure.step__static > noscript';

/** Turns every step's picture still waiting in a <noscript> into its drawing. */
export function drawStaticPictures(root: ParentNode = document): void {
  for (const noscript of root.querySelectorAll<HTMLElement>(pictures)) {
    // With scripting on, a <noscript>'s content is one text node: the drawing's markup, as written
    // at build (its entities still escaped).
    noscript.insertAdjacentHTML('afterend', noscript.textContent ?? '');
    noscript.remove();
  }
}

/** Draws the pictures before the page is printed (the print dialog, or print media emulated). */
export function drawStaticPicturesForPrint(): void {
  const draw = () => drawStaticPictures();
  window.addEventListener('beforeprint', draw, { once: true });
  const print = window.matchMedia('print');
  const onChange = (event: MediaQueryListEvent) => {
    if (event.matches) draw();
  };
  print.addEventListener('change', onChange);
}
