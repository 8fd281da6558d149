// Draws every chart of the report with vega-embed, from the specifications inlined as JSON, and
// leaves the views where the browser check can count their marks: window.umbrellaReport. Under
// each chart, a link downloads the rows it draws as CSV, built here from the same data, so the
// file and the picture cannot disagree and nothing is fetched.
(function () {
  'use strict';
  const read = (id) => JSON.parse(document.getElementById(id).textContent);
  const specs = read('umbrella-charts');
  const texts = read('umbrella-embed-texts');
  const views = {};

  // One column per field of any row, in the order the fields first appear; RFC 4180 quoting.
  // The byte-order mark lets spreadsheets read the Japanese labels as UTF-8.
  const csvOf = (rows) => {
    const columns = [];
    for (const row of rows) {
      for (const key of Object.keys(row)) {
        if (!columns.includes(key)) columns.push(key);
      }
    }
    const cell = (value) => {
      if (value === undefined || value === null) return '';
      const text = String(value);
      return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
    };
    const lines = [columns.map(cell).join(',')];
    for (const row of rows) lines.push(columns.map((column) => cell(row[column])).join(','));
    return '\uFEFF' + lines.join('\r\n') + '\r\n';
  };

  const csvLink = (element, id) => {
    const link = document.createElement('a');
    link.className = 'csv';
    link.dataset.csvFor = id;
    link.textContent = texts.CSV_LINK;
    link.download = 'umbrella-' + id + '.csv';
    link.href = 'data:text/csv;charset=utf-8,' + encodeURIComponent(csvOf(specs[id].data.values));
    element.after(link);
  };

  const drawn = Array.from(document.querySelectorAll('[data-chart]')).map((element) => {
    const id = element.dataset.chart;
    csvLink(element, id);
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
