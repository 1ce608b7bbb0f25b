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
