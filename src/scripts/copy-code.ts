/**
 * Adds a Copy button to each code block in the main content. Added by script
 * because copying needs it: without JavaScript there is no button, and the
 * code stays selectable. The admin message has its own button (AdminMessage.astro).
 */
export function addCopyButtons() {
  for (const block of document.querySelectorAll<HTMLPreElement>('main pre:not(.admin-message pre)')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'code-copy';
    button.textContent = 'Copy code';
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(block.textContent!);
        button.textContent = 'Copied';
      } catch {
        button.textContent = 'Select and copy';
      }
      setTimeout(() => (button.textContent = 'Copy code'), 2000);
    });
    const frame = document.createElement('div');
    frame.className = 'code-block';
    block.replaceWith(frame);
    frame.append(block, button);
  }
}
