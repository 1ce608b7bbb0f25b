// Annual report page: draws each [data-chart] with ECharts from the JSON in the attribute
// (kind BAR, HBAR or LINE; categories; series of {name, data}). The same numbers are in the
// tables next to the charts, so the page still reads without JavaScript.
// Every category label stays readable at any width: on a narrow box a bar chart turns
// horizontal (its box grows with the number of bars, and long labels wrap), and a line chart
// rotates its labels; no label is ever skipped.
(function () {
  'use strict';
  var NARROW = 576;
  // the portal's theme: its red, then a warm gold, a slate grey, green and teal
  var PALETTE = ['#a61b1b', '#c98a3d', '#5c636a', '#1e7b34', '#0b6e99'];
  // whether the category labels, side by side, are wider than their slots (about 12 px a character)
  function crowded(spec, width) {
    var longest = spec.categories.reduce(function (max, c) {
      return Math.max(max, String(c).length);
    }, 0);
    return longest * 12 + 8 > (width - 60) / Math.max(1, spec.categories.length);
  }
  function option(spec, narrow, width) {
    var horizontal = spec.kind === 'HBAR' || (narrow && spec.kind === 'BAR');
    var labelWidth = narrow ? 110 : 160;
    var categoryAxis = {
      type: 'category',
      data: spec.categories,
      inverse: horizontal,
      axisLabel: horizontal ? { width: labelWidth, overflow: 'break', interval: 0 }
        : { interval: 0, hideOverlap: false, rotate: crowded(spec, width) ? 45 : 0 }
    };
    var valueAxis = { type: 'value' };
    return {
      animation: false,
      color: PALETTE,
      tooltip: { trigger: 'axis' },
      legend: { show: spec.series.length > 1, top: 0 },
      grid: { left: 8, right: 16, top: spec.series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (s) {
        return { name: s.name, type: spec.kind === 'LINE' ? 'line' : 'bar', data: s.data, barMaxWidth: 32 };
      })
    };
  }
  function height(spec, narrow) {
    var horizontal = spec.kind === 'HBAR' || (narrow && spec.kind === 'BAR');
    if (!horizontal) {
      return null;
    }
    // one row per category (two lines of label each) and room for the legend and the value axis
    var perRow = Math.max(34, 18 * spec.series.length + 10);
    return Math.max(220, spec.categories.length * perRow + 70) + 'px';
  }
  function draw(el) {
    var spec;
    try {
      spec = JSON.parse(el.dataset.chart);
    } catch (e) {
      return;
    }
    if (!window.echarts || !spec || !spec.categories) {
      return;
    }
    var shape = null;
    var chart = null;
    function render() {
      var narrow = el.clientWidth < NARROW;
      var now = narrow + ':' + crowded(spec, el.clientWidth);
      if (now === shape && chart) {
        chart.resize();
        return;
      }
      shape = now;
      var h = height(spec, narrow);
      el.style.height = h || '';
      if (chart) {
        chart.resize();
      } else {
        chart = window.echarts.init(el, null, { renderer: 'canvas' });
      }
      chart.setOption(option(spec, narrow, el.clientWidth), true);
    }
    render();
    window.addEventListener('resize', render);
  }
  function init() {
    document.querySelectorAll('[data-chart]').forEach(draw);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
