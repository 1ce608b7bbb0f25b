// Annual report page: draws each [data-chart] with ECharts from the JSON in the attribute
// (kind BAR, HBAR or LINE; categories; series of {name, data}). The same numbers are in the
// tables next to the charts, so the page still reads without JavaScript.
(function () {
  'use strict';
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
    var horizontal = spec.kind === 'HBAR';
    var categoryAxis = {
      type: 'category',
      data: spec.categories,
      inverse: horizontal,
      axisLabel: horizontal ? { width: 140, overflow: 'truncate' } : { hideOverlap: true }
    };
    var valueAxis = { type: 'value' };
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { show: spec.series.length > 1, top: 0 },
      grid: { left: 8, right: 16, top: spec.series.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (s) {
        return { name: s.name, type: spec.kind === 'LINE' ? 'line' : 'bar', data: s.data };
      })
    });
    window.addEventListener('resize', function () {
      chart.resize();
    });
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
