// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the main landmark after an htmx swap of the whole page body, for screen readers.
  document.body.addEventListener('htmx:afterSwap', (event) => {
    if (event.detail.target && event.detail.target.id === 'main') {
      event.detail.target.focus();
    }
  });
});
