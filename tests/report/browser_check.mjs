// Opens a report in headless Chromium and checks what a reader would see: no console errors and
// no request leaving the file, every chart drawn with marks, a legend on every chart of several
// series, a CSV download under every chart holding the chart's rows, tables that fit or scroll in
// their own box, and every number of the summary equal to the one in the results. Saves a
// screenshot of the whole page.
// Usage: node browser_check.mjs WEB_DIR REPORT.html RESULTS_DIR SCREENSHOT.png
import {createRequire} from 'node:module';
import {readFileSync, existsSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';

const [webDir, reportFile, resultsDir, screenshot] = process.argv.slice(2);
const {chromium} = createRequire(path.resolve(webDir, 'package.json'))('playwright-core');

let failures = 0;
let passes = 0;
function check(name, condition, detail = '') {
  if (condition) {
    passes++;
    console.log(`ok   ${name}`);
  } else {
    failures++;
    console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`);
  }
}

// The summary.json of a policy: DIR/NAME/summary.json, or DIR/summary.json for a single run.
// RFC 4180: fields in double quotes may hold commas, quotes (doubled) and line breaks.
function parseCsv(text) {
  const rows = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      rows[rows.length - 1].push(field);
      field = '';
    } else if (c === '\n') {
      rows[rows.length - 1].push(field.replace(/\r$/, ''));
      field = '';
      rows.push([]);
    } else {
      field += c;
    }
  }
  if (rows[rows.length - 1].length === 0 && field === '') rows.pop();
  else rows[rows.length - 1].push(field);
  return rows;
}

function summaryOf(policy) {
  const nested = path.join(resultsDir, policy, 'summary.json');
  return JSON.parse(readFileSync(existsSync(nested) ? nested : path.join(resultsDir, 'summary.json')));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage({viewport: {width: 1200, height: 900}});
  const errors = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:')) {
      requests.push(url);
    }
  });
  const url = pathToFileURL(path.resolve(reportFile)).href;
  await page.goto(url, {waitUntil: 'load'});
  await page.evaluate(() => window.umbrellaReport.ready);

  // Marks each chart drew, from Vega's scenegraph: items of data marks, not axes or legends.
  const marks = await page.evaluate(() => {
    const count = (node) => {
      let n = 0;
      for (const item of node.items || []) {
        if (node.marktype && node.marktype !== 'group' && node.role === 'mark') n++;
        for (const child of item.items || []) n += count(child);
      }
      return n;
    };
    const out = {};
    for (const element of document.querySelectorAll('[data-chart]')) {
      const view = window.umbrellaReport.views[element.dataset.chart];
      out[element.dataset.chart] = {
        scene: view ? count(view.scenegraph().root) : 0,
        svg: element.querySelectorAll('svg .mark-area path, svg .mark-line path, svg .mark-rect path, svg .mark-symbol path, svg .mark-rule line').length,
      };
    }
    return out;
  });
  const charts = Object.keys(marks);
  check('the report has charts', charts.length > 0, `${charts.length}`);
  for (const id of charts) {
    check(`chart ${id} has marks in its scenegraph`, marks[id].scene > 0, JSON.stringify(marks[id]));
    check(`chart ${id} has marks in its SVG`, marks[id].svg > 0, JSON.stringify(marks[id]));
  }
  // A chart that draws more than one series (its rows name several lines) and colours them
  // says which is which.
  const legends = await page.evaluate(() => {
    const specs = JSON.parse(document.getElementById('umbrella-charts').textContent);
    const out = {};
    for (const element of document.querySelectorAll('[data-chart]')) {
      const spec = specs[element.dataset.chart];
      const rows = spec?.data?.values || [];
      const lines = new Set(rows.map((row) => row.line).filter((line) => line !== undefined));
      const coloured = JSON.stringify(spec).includes('"color":{"field":"line"');
      out[element.dataset.chart] = {
        series: coloured ? lines.size : 0,
        legend: element.querySelectorAll('svg .role-legend').length,
      };
    }
    return out;
  });
  for (const [id, chart] of Object.entries(legends)) {
    if (chart.series > 1) {
      check(`chart ${id} has a legend for its ${chart.series} series`, chart.legend > 0);
    }
  }
  // Under every chart, a link that downloads the rows it draws: the same columns (every field of
  // its data) and one line per row, holding the same values.
  const csvLinks = await page.evaluate(() => {
    const specs = JSON.parse(document.getElementById('umbrella-charts').textContent);
    const out = {};
    for (const element of document.querySelectorAll('[data-chart]')) {
      const id = element.dataset.chart;
      const links = document.querySelectorAll(`a.csv[data-csv-for="${id}"]`);
      out[id] = {links: links.length, href: links[0]?.href || '', download: links[0]?.download || '',
                 rows: specs[id].data?.values || null, text: links[0]?.textContent || ''};
    }
    return out;
  });
  for (const [id, chart] of Object.entries(csvLinks)) {
    check(`chart ${id} has one CSV link`, chart.links === 1 && chart.text.length > 0,
          `${chart.links} links`);
    check(`chart ${id} has its rows as data`, Array.isArray(chart.rows) && chart.rows.length > 0);
    if (chart.links !== 1 || !Array.isArray(chart.rows)) continue;
    const prefix = 'data:text/csv;charset=utf-8,';
    const csv = parseCsv(decodeURIComponent(chart.href.slice(prefix.length)).replace(/^\uFEFF/, ''));
    const columns = [...new Set(chart.rows.flatMap((row) => Object.keys(row)))];
    check(`chart ${id}: the CSV's header names the data's fields`,
          JSON.stringify(csv[0]) === JSON.stringify(columns), `${csv[0]} vs ${columns}`);
    check(`chart ${id}: the CSV has one line per row of the chart`, csv.length - 1 === chart.rows.length,
          `${csv.length - 1} lines, ${chart.rows.length} rows`);
    const differing = chart.rows.findIndex((row, r) =>
        columns.some((column, c) => (row[column] === undefined ? '' : String(row[column])) !== csv[r + 1]?.[c]));
    check(`chart ${id}: the CSV holds the chart's values`, differing === -1, `row ${differing}`);
    check(`chart ${id}: the CSV is named after the chart`, chart.download === `umbrella-${id}.csv`);
  }
  // A click saves the file itself, with no request leaving the page.
  const firstChart = charts[0];
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`a.csv[data-csv-for="${firstChart}"]`).click(),
  ]);
  const saved = readFileSync(await download.path(), 'utf8');
  const linked = decodeURIComponent(csvLinks[firstChart].href.slice('data:text/csv;charset=utf-8,'.length));
  check(`clicking chart ${firstChart}'s link downloads its CSV`,
        saved === linked && download.suggestedFilename() === `umbrella-${firstChart}.csv`,
        download.suggestedFilename());

  // A table wider than the page scrolls in its own box (.wide) instead of widening the page; the
  // narrative wraps its lines.
  const layout = await page.evaluate(() => {
    const main = document.querySelector('main');
    const overflowing = Array.from(document.querySelectorAll('table'))
        .filter((table) => table.getBoundingClientRect().width > main.clientWidth + 1 && !table.closest('.wide'))
        .map((table) => table.closest('section')?.id);
    const narrative = document.querySelector('pre.narrative');
    return {overflowing, pageWidth: document.documentElement.scrollWidth, window: window.innerWidth,
            narrative: narrative ? getComputedStyle(narrative).whiteSpace : null};
  });
  check('every table fits the page or scrolls in its own box', layout.overflowing.length === 0,
        layout.overflowing.join(' '));
  check('the page is no wider than the window', layout.pageWidth <= layout.window,
        `${layout.pageWidth} > ${layout.window}`);
  if (layout.narrative !== null) {
    check('the narrative wraps its lines', layout.narrative === 'pre-wrap', layout.narrative);
  }

  const menus = await page.locator('.vega-embed details').count();
  check('every chart offers its export menu', menus === charts.length, `${menus} of ${charts.length}`);
  const svgExport = await page.evaluate(async () => {
    const view = Object.values(window.umbrellaReport.views)[0];
    const svg = await view.toSVG();
    const png = await view.toImageURL('png');
    return {svg: svg.startsWith('<svg'), png: png.startsWith('data:image/png')};
  });
  check('a chart exports as SVG', svgExport.svg);
  check('a chart exports as PNG', svgExport.png);

  // Every number of the report's tables, against the results it came from.
  const cells = await page.$$eval('[data-value]', (elements) =>
    elements.map((e) => ({...e.dataset, text: e.firstChild.textContent})));
  check('the summary shows numbers', cells.length > 0, `${cells.length}`);
  const summaries = {};
  const mismatches = [];
  for (const cell of cells) {
    summaries[cell.policy] ??= summaryOf(cell.policy);
    const summary = summaries[cell.policy];
    const year = summary.years.indexOf(Number(cell.year));
    const expected = summary.outcomes[cell.outcome]?.[cell.subject]?.mean[year];
    const shown = parseFloat(cell.text) / (cell.text.trim().endsWith('%') ? 100 : 1);
    const decimals = (cell.text.split('.')[1] || '').replace(/[^0-9]/g, '').length +
                     (cell.text.trim().endsWith('%') ? 2 : 0);
    if (Number(cell.value) !== expected || Math.abs(shown - expected) > 0.5 * 10 ** -decimals + 1e-12) {
      mismatches.push(`${cell.policy} ${cell.outcome} ${cell.subject} ${cell.year}: ` +
                      `shown ${cell.text} (${cell.value}), results ${expected}`);
    }
  }
  check('every number shown equals the results', mismatches.length === 0, mismatches.slice(0, 5).join('; '));

  check('no console errors', errors.length === 0, errors.slice(0, 5).join(' | '));
  check('no request leaves the file', requests.length === 0, requests.slice(0, 5).join(' '));
  await page.screenshot({path: screenshot, fullPage: true});
  check('the screenshot is saved', existsSync(screenshot));
} finally {
  await browser.close();
}
console.log(`${passes} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
