// Lianjian portal: small progressive enhancements. Pages work without this file.
(function () {
  'use strict';
  // htmx: send the CSRF token with every non-GET request made by htmx.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('input[name="_csrf"]');
    if (token && event.detail.verb !== 'get') {
      event.detail.headers['X-CSRF-TOKEN'] = token.value;
    }
  });
  // Forms with data-confirm ask before they submit (retire, disable, end ...).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
})();
// Print buttons (the printable agreement): data-print opens the browser's print dialog.
(function () {
  'use strict';
  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-print]') : null;
    if (target) {
      event.preventDefault();
      window.print();
    }
  });
})();
// File inputs with data-max-bytes refuse a larger file before it is uploaded (the server checks again).
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input instanceof HTMLInputElement && input.type === 'file' && input.dataset.maxBytes) {
      var file = input.files && input.files[0];
      var tooLarge = file && file.size > Number(input.dataset.maxBytes);
      input.setCustomValidity(tooLarge ? (input.dataset.tooLarge || '') : '');
      if (tooLarge) {
        input.reportValidity();
      }
    }
  });
})();
// Dropdown toggles in the top navigation are links (they still lead somewhere without JavaScript) with
// role="button": like a button, Space opens them too (Enter and the arrow keys are Bootstrap's own).
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    var target = event.target;
    if (event.key === ' ' && target instanceof HTMLAnchorElement && target.getAttribute('role') === 'button'
        && target.dataset.bsToggle === 'dropdown') {
      event.preventDefault();
      target.click();
    }
  });
})();
