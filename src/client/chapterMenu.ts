// The chapter menu (a <details>, so it opens without JavaScript) closes as a menu should: when a
// chapter is chosen, on Escape and on a click or tap outside it; Escape and an outside click give
// focus back to its button when focus was inside.

export function setUpChapterMenu(menu: HTMLDetailsElement) {
  const summary = menu.querySelector('summary');
  const close = ({ refocus }: { refocus: boolean }) => {
    if (!menu.open) return;
    const hadFocus = menu.contains(document.activeElement);
    menu.open = false;
    if (refocus && hadFocus) summary?.focus({ preventScroll: true });
  };
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a')) close({ refocus: false });
  });
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    event.preventDefault();
    close({ refocus: true });
    summary?.focus({ preventScroll: true });
  });
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (!menu.open || menu.contains(event.target as Node)) return;
      const hadFocus = menu.contains(document.activeElement);
      close({ refocus: false });
      // After the browser has moved focus for this press (to the page), give it back to the button.
      if (hadFocus) requestAnimationFrame(() => summary?.focus({ preventScroll: true }));
    },
    { passive: true },
  );
}
