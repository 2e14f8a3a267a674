// The "read as static" switch: a class on <html> (applied before first paint by the layout's inline
// script) and a saved preference. Static reading shows every step's picture in the text and hides
// the sticky graphics; the CSS does the rest.

const storageKey = 'story-reading';

/** `onChange` runs after each switch: the layout changed, so the scroll watchers re-measure. */
export function setUpReadingMode(button: HTMLButtonElement, { onChange }: { onChange: () => void }) {
  const root = document.documentElement;
  const render = () => {
    const isStatic = root.classList.contains('is-static');
    button.setAttribute('aria-pressed', String(isStatic));
    button.textContent = (isStatic ? button.dataset.labelAnimated : button.dataset.labelStatic) ?? '';
  };
  render();
  button.addEventListener('click', () => {
    const isStatic = root.classList.toggle('is-static');
    try {
      localStorage.setItem(storageKey, isStatic ? 'static' : 'animated');
    } catch {
      // Private browsing can refuse storage; the switch still works for this visit.
    }
    render();
    onChange();
  });
}
