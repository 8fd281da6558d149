// Draws every chart of the report with vega-embed, from the specifications inlined as JSON, and
// leaves the views where the browser check can count their marks: window.umbrellaReport.
(function () {
  'use strict';
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const specs = read('umbrella-charts');
  const texts = read('umbrella-embed-texts');
  const views = {};
  const drawn = Array.from(document.querySelectorAll('[data-chart]')).map((element) => {
    const id = element.dataset.chart;
    return vegaEmbed(element, specs[id], {
      mode: 'vega-lite',
      renderer: 'svg',
      actions: {export: true, source: false, compiled: false, editor: false},
      downloadFileName: 'umbrella-' + id,
      i18n: texts,
    }).then((result) => {
      views[id] = result.view;
    });
  });
  window.umbrellaReport = {views, ready: Promise.all(drawn)};
})();
