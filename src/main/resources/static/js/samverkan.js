// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move focus to the main landmark after an htmx swap of the whole page body, for screen readers.
  document.body.addEventListener('htmx:afterSwap', (event) => {
    if (event.detail.target && event.detail.target.id === 'main') {
      event.detail.target.focus();
    }
  });
  // A form that takes a while (an import) shows that it is working once sent.
  document.querySelectorAll('form[data-busy]').forEach((form) => {
    form.addEventListener('submit', () => {
      const busy = document.getElementById(form.dataset.busy);
      if (busy) {
        busy.hidden = false;
      }
    });
  });
});
