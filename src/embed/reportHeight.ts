// Tells the host page the embed's height whenever it changes (load, fonts, a resize, a state's
// caption or description), in the messages hosts already listen for: AMP's `embed-size` (which
// @newswire/frames speaks too) and Pym.js's, when Pym gave the embed a `childId`. A frames host
// that connects later ("frames-init") is answered with the current height.

export function reportHeight(): void {
  if (window.parent === window) return;
  const childId = new URLSearchParams(location.search).get('childId');
  let sent = 0;
  const send = (always = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent && !always) return;
    sent = height;
    window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    if (childId) window.parent.postMessage(['pym', childId, 'height', String(height)].join('xPYMx'), '*');
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  window.addEventListener('message', (event: MessageEvent<unknown>) => {
    const data = event.data as { sentinel?: unknown; type?: unknown } | null;
    if (event.source === window.parent && data?.sentinel === 'amp' && data.type === 'frames-init') send(true);
  });
}
