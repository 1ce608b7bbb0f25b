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
// Many-to-many choices (fragments/picker): the checkboxes stay the form's values; a search
// field filters them, a tap or Enter picks, and the picked ones show as removable chips.
(function () {
  'use strict';
  function text(el) {
    return el.textContent.replace(/\s+/g, ' ').trim();
  }
  function init(picker) {
    var legend = picker.querySelector('legend');
    var list = picker.querySelector('.picker-options');
    var rows = Array.prototype.slice.call(list.querySelectorAll('.picker-option'));
    if (!legend || !list) {
      return;
    }
    list.id = list.id || picker.id + '-options';
    var chips = document.createElement('ul');
    chips.className = 'picker-chips list-unstyled d-flex flex-wrap gap-2 mb-2';
    chips.setAttribute('aria-label', text(legend) + ' ' + (picker.getAttribute('data-picker-picked') || ''));
    var search = document.createElement('input');
    search.type = 'search';
    search.id = picker.id + '-search';
    search.className = 'form-control picker-search mb-2';
    search.autocomplete = 'off';
    search.placeholder = picker.getAttribute('data-picker-search') || '';
    search.setAttribute('aria-labelledby', legend.id);
    search.setAttribute('aria-controls', list.id);
    if (picker.getAttribute('aria-describedby')) {
      search.setAttribute('aria-describedby', picker.getAttribute('aria-describedby'));
    }
    if (list.querySelector('[aria-invalid="true"]')) {
      search.setAttribute('aria-invalid', 'true');
      search.classList.add('is-invalid');
    }
    var none = document.createElement('p');
    none.className = 'small text-body-secondary mb-0 picker-none';
    none.setAttribute('aria-live', 'polite');
    legend.after(chips, search);
    list.appendChild(none);
    picker.classList.add('picker-ready');

    function visible() {
      return rows.filter(function (row) { return !row.hidden; }).map(function (row) {
        return row.querySelector('input');
      });
    }
    function refresh() {
      var q = search.value.trim().toLowerCase();
      chips.textContent = '';
      var shown = 0;
      rows.forEach(function (row) {
        var box = row.querySelector('input');
        var name = text(row.querySelector('label'));
        row.hidden = box.checked || (q !== '' && name.toLowerCase().indexOf(q) < 0);
        shown += row.hidden ? 0 : 1;
        if (box.checked) {
          var chip = document.createElement('li');
          chip.className = 'picker-chip';
          var label = document.createElement('span');
          label.textContent = name;
          var remove = document.createElement('button');
          remove.type = 'button';
          remove.className = 'btn-close btn-close-sm';
          remove.setAttribute('aria-label', (picker.getAttribute('data-picker-remove') || '') + ' ' + name);
          remove.addEventListener('click', function () {
            box.checked = false;
            box.dispatchEvent(new Event('change', { bubbles: true }));
            search.focus();
          });
          chip.append(label, remove);
          chips.appendChild(chip);
        }
      });
      none.textContent = shown === 0 && q !== '' ? picker.getAttribute('data-picker-none') || '' : '';
    }
    function pick(box) {
      box.checked = true;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      search.value = '';
      refresh();
      search.focus();
    }
    search.addEventListener('input', refresh);
    search.addEventListener('keydown', function (event) {
      var boxes = visible();
      if (event.key === 'Enter') {
        // Enter picks the first match instead of sending the form
        event.preventDefault();
        if (search.value.trim() !== '' && boxes.length > 0) {
          pick(boxes[0]);
        }
      }
      else if (event.key === 'ArrowDown' && boxes.length > 0) {
        event.preventDefault();
        boxes[0].focus();
      }
      else if (event.key === 'Escape' && search.value !== '') {
        event.preventDefault();
        search.value = '';
        refresh();
      }
    });
    list.addEventListener('keydown', function (event) {
      var boxes = visible();
      var at = boxes.indexOf(document.activeElement);
      if (at < 0) {
        return;
      }
      if (event.key === 'ArrowDown' && at < boxes.length - 1) {
        event.preventDefault();
        boxes[at + 1].focus();
      }
      else if (event.key === 'ArrowUp') {
        event.preventDefault();
        (at > 0 ? boxes[at - 1] : search).focus();
      }
      else if (event.key === 'Enter') {
        event.preventDefault();
        pick(boxes[at]);
      }
    });
    list.addEventListener('change', function (event) {
      if (event.target.checked) {
        search.value = '';
      }
      refresh();
    });
    refresh();
  }
  function start() {
    document.querySelectorAll('[data-picker]').forEach(init);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
// A failed save (fragments/form :: errorSummary): each link names its field's label and
// leads to the field the page really has; the first field in error takes the focus.
(function () {
  'use strict';
  function fieldOf(link) {
    var name = link.getAttribute('data-field');
    var byId = document.getElementById(link.getAttribute('href').slice(1));
    if (byId && byId.getAttribute('name') === name) {
      return byId;
    }
    if (byId && byId.hasAttribute('data-picker')) {
      return byId.querySelector('.picker-search') || byId.querySelector('input');
    }
    var fields = document.querySelectorAll('main [name]');
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].getAttribute('name') === name && fields[i].type !== 'hidden') {
        return fields[i];
      }
    }
    return byId;
  }
  function labelOf(field) {
    var label = field.id ? document.querySelector('label[for="' + CSS.escape(field.id) + '"]') : null;
    var group = label ? null : field.closest('fieldset');
    var legend = group ? group.querySelector('legend') : null;
    var text = label || legend;
    return text ? text.textContent.replace(/\s+/g, ' ').trim() : '';
  }
  function focus(field) {
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  }
  function start() {
    var summary = document.getElementById('form-error-summary');
    if (!summary) {
      return;
    }
    var first = null;
    summary.querySelectorAll('a.form-error-link').forEach(function (link) {
      var field = fieldOf(link);
      if (!field) {
        return;
      }
      if (!field.id) {
        field.id = 'field-' + link.getAttribute('data-field').replace(/[^A-Za-z0-9_-]/g, '-');
      }
      link.setAttribute('href', '#' + field.id);
      var label = labelOf(field);
      var slot = link.querySelector('.form-error-label');
      if (label && slot) {
        slot.textContent = label + (summary.getAttribute('data-separator') || ' ');
      }
      link.addEventListener('click', function (event) {
        event.preventDefault();
        focus(field);
      });
      first = first || field;
    });
    var invalid = Array.prototype.filter.call(
      document.querySelectorAll('main input.is-invalid, main select.is-invalid, main textarea.is-invalid,'
        + ' main [aria-invalid="true"]'),
      function (el) { return el.type !== 'hidden' && el.getClientRects().length > 0; })[0];
    var target = invalid || first;
    if (target) {
      focus(target);
    }
    else {
      summary.focus();
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
// A table that scrolls sideways (on a phone, or in a narrow column) can be scrolled by
// keyboard: it takes the focus (tabindex 0) while it overflows, and gives it up when not.
(function () {
  'use strict';
  function mark() {
    document.querySelectorAll('.table-responsive').forEach(function (box) {
      if (box.scrollWidth > box.clientWidth + 1) {
        box.setAttribute('tabindex', '0');
      }
      else if (box.getAttribute('tabindex') === '0') {
        box.removeAttribute('tabindex');
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mark);
  }
  else {
    mark();
  }
  window.addEventListener('resize', mark);
})();
