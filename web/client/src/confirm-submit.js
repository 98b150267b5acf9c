// Asks before a form does what cannot be undone: a form with data-confirm="<question>" is sent only after "OK".
// A module instead of an inline onsubmit, which the Content-Security-Policy does not run.
for (const form of document.querySelectorAll('form[data-confirm]')) {
  form.addEventListener('submit', (event) => {
    if (!window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
}
