// Deficit page: draws the category × residential-area heat map with ECharts from the page's
// own JSON (data-src, same origin). The colour is the unmet share; a click on a cell opens the
// needs list filtered to it. The table below the chart holds the same figures.
(function () {
  'use strict';
  var NARROW = 576;
  // names come from the portal's data: escape them, the tooltip is HTML
  function esc(s) {
    return String(s).replace(/[&<>"']/g, function (ch) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[ch];
    });
  }
  function option(data, el, narrow) {
    var areas = data.areas.map(function (a) { return a.name; });
    var categories = data.categories.map(function (c) { return c.name; });
    var areaIndex = {};
    data.areas.forEach(function (a, i) { areaIndex[a.id] = i; });
    var categoryIndex = {};
    data.categories.forEach(function (c, i) { categoryIndex[c.id] = i; });
    var cells = data.cells.filter(function (c) {
      return areaIndex[c.areaId] !== undefined && categoryIndex[c.categoryId] !== undefined;
    }).map(function (c) {
      return { value: [areaIndex[c.areaId], categoryIndex[c.categoryId], c.unmetPercent], cell: c };
    });
    return {
      animation: false,
      tooltip: {
        position: 'top',
        formatter: function (p) {
          var c = p.data.cell;
          return esc(c.category) + ' · ' + esc(c.area) + '<br>' + esc(el.dataset.labelNeeded) + ' ' + esc(c.needed)
            + '<br>' + esc(el.dataset.labelDelivered) + ' ' + esc(c.delivered) + '<br>' + esc(el.dataset.labelUnmet)
            + ' ' + esc(c.unmetPercent) + '%';
        }
      },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: areas, splitArea: { show: true },
        axisLabel: { interval: 0, rotate: narrow || areas.length > 6 ? 45 : 0 } },
      yAxis: { type: 'category', data: categories, inverse: true, splitArea: { show: true },
        axisLabel: { interval: 0 } },
      visualMap: { min: 0, max: 100, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
        itemHeight: narrow ? 120 : 200, text: ['100%', '0%'], inRange: { color: ['#f6e7c1', '#c98a3d', '#a61b1b'] } },
      series: [{ type: 'heatmap', data: cells, label: { show: !narrow, formatter: function (p) { return p.value[2] + '%'; } },
        emphasis: { itemStyle: { borderColor: '#212529', borderWidth: 1 } } }]
    };
  }
  function draw(el) {
    if (!window.echarts || !window.fetch) {
      return;
    }
    fetch(el.dataset.src, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !data.cells || data.cells.length === 0) {
          return;
        }
        el.style.height = Math.max(320, data.categories.length * 32 + 120) + 'px';
        var chart = window.echarts.init(el, null, { renderer: 'canvas' });
        var render = function () {
          chart.setOption(option(data, el, el.clientWidth < NARROW), true);
          chart.resize();
        };
        render();
        chart.on('click', function (p) {
          if (p.data && p.data.cell) {
            window.location.href = p.data.cell.href;
          }
        });
        window.addEventListener('resize', render);
      });
  }
  function init() {
    document.querySelectorAll('#deficit-chart[data-src]').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
