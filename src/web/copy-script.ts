/**
 * The news center's one script, served at /assets/copy.js (the CSP allows only the site's own
 * scripts). It reveals the copy buttons (hidden without JavaScript, where the refanged value stays
 * selectable in its <details>) and copies a button's `data-copy` value on click: through
 * navigator.clipboard, or, outside a secure context, by selecting the readonly input beside it.
 * The button then reads "Copied" (`data-state="copied"`) until another one is clicked.
 */
export const copyScript = `(function () {
  'use strict';
  var buttons = document.querySelectorAll('button[data-copy]');
  function show(button, state) {
    buttons.forEach(function (other) {
      if (other !== button && other.dataset.state) {
        delete other.dataset.state;
        other.textContent = 'Copy';
      }
    });
    button.dataset.state = state;
    button.textContent = state === 'copied' ? 'Copied' : 'Press Ctrl+C';
  }
  function selectBeside(button) {
    var details = button.parentElement && button.parentElement.querySelector('details.refanged');
    var input = details && details.querySelector('input');
    if (!input) return false;
    details.open = true;
    input.focus();
    input.select();
    try {
      return document.execCommand('copy');
    } catch (error) {
      return false;
    }
  }
  buttons.forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () {
      var value = button.dataset.copy || '';
      var fallback = function () {
        show(button, selectBeside(button) ? 'copied' : 'select');
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(value).then(function () {
          show(button, 'copied');
        }, fallback);
      } else fallback();
    });
  });
})();
`;
