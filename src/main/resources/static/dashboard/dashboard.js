/*
 * Bảng theo dõi Kế hoạch PAPI: draws every section of GET api/dashboard/sections from its generic
 * JSON shape (kind, labels, series, unit, horizontal, columns, rows, links, note) with Chart.js.
 * Each section is fetched on its own, so one that fails shows its message and the rest still load.
 */
(function () {
  'use strict';

  var API = 'api/dashboard';
  var PALETTE = ['#1565c0', '#2e7d32', '#f9a825', '#c62828', '#6a1b9a', '#00838f', '#ef6c00', '#5d4037'];
  var numbers = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });
  var charts = [];

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (body) {
          return { status: response.status, ok: response.ok, body: body };
        });
      });
  }

  function format(value, unit) {
    return typeof value === 'number' ? numbers.format(value) + (unit ? ' ' + unit : '') : String(value);
  }

  function pageStatus(message, isError) {
    var status = document.getElementById('page-status');
    status.textContent = '';
    status.hidden = !message;
    status.classList.toggle('page-status--error', !!isError);
    if (message) { status.appendChild(typeof message === 'string' ? document.createTextNode(message) : message); }
  }

  function loginMessage() {
    var box = el('span');
    box.appendChild(document.createTextNode('Phiên đăng nhập đã hết hoặc chưa đăng nhập. '));
    var link = el('a', null, 'Đăng nhập Cockpit hoặc Tasklist');
    link.href = 'dashboard/dang-nhap.html';
    box.appendChild(link);
    box.appendChild(document.createTextNode(' rồi tải lại trang.'));
    return box;
  }

  function renderHeader(index) {
    var viewer = document.getElementById('viewer');
    viewer.hidden = false;
    viewer.textContent = 'Người xem: ' + index.viewer.userId + ' · Phạm vi: ' + index.viewer.scopeLabel
      + ' · Cập nhật lúc ' + index.generatedAt;
    var links = document.getElementById('app-links');
    links.textContent = '';
    (index.links || []).forEach(function (link) {
      var a = el('a', 'app-link', link.label);
      a.href = link.href;
      links.appendChild(a);
    });
  }

  function sectionCard(ref) {
    var card = el('section', 'card');
    card.id = 'section-' + ref.id;
    card.dataset.section = ref.id;
    card.dataset.state = 'loading';
    card.appendChild(el('h2', null, ref.title));
    var body = el('div', 'card__body');
    var loading = el('p', 'loading');
    loading.appendChild(el('span', 'spinner'));
    loading.appendChild(document.createTextNode(' Đang tải số liệu…'));
    body.appendChild(loading);
    card.appendChild(body);
    return card;
  }

  function showError(card, message) {
    var body = card.querySelector('.card__body');
    body.textContent = '';
    var box = el('div', 'error');
    box.setAttribute('role', 'alert');
    box.appendChild(el('span', 'error__icon', '⚠ '));
    box.appendChild(typeof message === 'string' ? document.createTextNode(message) : message);
    body.appendChild(box);
    card.dataset.state = 'error';
  }

  function chartConfig(section) {
    var stacked = section.kind === 'stackedBar';
    var unit = section.unit || '';
    var valueAxis = section.horizontal ? 'x' : 'y';
    var categoryAxis = section.horizontal ? 'y' : 'x';
    var scales = {};
    scales[categoryAxis] = { stacked: stacked, ticks: { autoSkip: !section.horizontal } };
    scales[valueAxis] = {
      stacked: stacked,
      beginAtZero: true,
      ticks: { precision: unit === '%' ? undefined : 0, callback: function (value) { return format(value, unit); } }
    };
    if (stacked && unit === '%') { scales[valueAxis].max = 100; }
    var valueLabels = section.valueLabels;
    if (valueLabels) {
      scales[valueAxis].min = 0;
      scales[valueAxis].max = valueLabels.length - 1;
      scales[valueAxis].ticks = {
        stepSize: 1,
        callback: function (value) { return valueLabels[value] !== undefined ? valueLabels[value] : value; }
      };
    }
    return {
      type: section.kind === 'line' ? 'line' : 'bar',
      data: {
        labels: section.labels,
        datasets: section.series.map(function (series, i) {
          var color = series.color || PALETTE[i % PALETTE.length];
          return {
            label: series.name, data: series.values, backgroundColor: color, borderColor: color, tension: 0.2, maxBarThickness: 90
          };
        })
      },
      options: {
        indexAxis: section.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        locale: 'vi-VN',
        animation: { duration: 300 },
        scales: scales,
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: {
              label: function (context) {
                var value = context.parsed[valueAxis];
                return context.dataset.label + ': ' + (valueLabels && valueLabels[value] !== undefined ? valueLabels[value] : format(value, unit));
              }
            }
          }
        }
      }
    };
  }

  function renderChart(body, section) {
    var height = section.horizontal ? Math.max(160, section.labels.length * 30 + 90) : 320;
    var box = el('div', 'chart');
    box.style.height = height + 'px';
    var canvas = el('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', section.title);
    box.appendChild(canvas);
    body.appendChild(box);
    if (typeof window.Chart !== 'function') {
      body.appendChild(el('p', 'error', 'Không tải được thư viện biểu đồ; xem số liệu ở bảng dưới đây.'));
      return;
    }
    charts.push(new window.Chart(canvas, chartConfig(section)));
  }

  /** Numbers, and texts such as "8,3 %", are right-aligned, their headers too (never the first column: labels). */
  function isNumeric(cell) {
    return typeof cell === 'number' || (typeof cell === 'string' && /^-?[\d.,]+ ?%?$/.test(cell));
  }

  function renderTable(body, section) {
    var numeric = section.columns.map(function (column, i) {
      return i > 0 && section.rows.every(function (row) { return row[i] === null || row[i] === undefined || isNumeric(row[i]); });
    });
    var wrapper = el('div', 'table-wrapper');
    var table = el('table');
    var head = el('thead');
    var headRow = el('tr');
    section.columns.forEach(function (column, i) { headRow.appendChild(el('th', numeric[i] ? 'number' : null, column)); });
    head.appendChild(headRow);
    table.appendChild(head);
    var rows = el('tbody');
    section.rows.forEach(function (row) {
      var tr = el('tr');
      row.forEach(function (cell, i) {
        var td = el('td', numeric[i] ? 'number' : null);
        if (cell && typeof cell === 'object' && cell.href) {
          var a = el('a', null, cell.label);
          a.href = cell.href;
          td.appendChild(a);
        } else {
          td.textContent = cell === null || cell === undefined ? '' : format(cell);
        }
        tr.appendChild(td);
      });
      rows.appendChild(tr);
    });
    table.appendChild(rows);
    wrapper.appendChild(table);
    body.appendChild(wrapper);
  }

  function renderSection(card, section) {
    var body = card.querySelector('.card__body');
    body.textContent = '';
    var labels = section.labels || [];
    var rows = section.rows || [];
    section.labels = labels;
    section.series = section.series || [];
    section.columns = section.columns || [];
    section.rows = rows;
    if (labels.length === 0 && rows.length === 0) {
      body.appendChild(el('p', 'empty', 'Chưa có số liệu trong phạm vi của bạn.'));
    } else {
      if (section.kind !== 'table' && labels.length > 0 && section.series.length > 0) { renderChart(body, section); }
      if (rows.length > 0) { renderTable(body, section); }
    }
    if (section.note) { body.appendChild(el('p', 'note', section.note)); }
    if (section.links && section.links.length) {
      var list = el('ul', 'links');
      section.links.forEach(function (link) {
        var item = el('li');
        var a = el('a', null, link.label);
        a.href = link.href;
        item.appendChild(a);
        list.appendChild(item);
      });
      body.appendChild(list);
    }
    card.dataset.state = 'loaded';
  }

  function loadSection(card, ref) {
    return getJson(API + '/sections/' + encodeURIComponent(ref.id)).then(function (response) {
      if (response.status === 401) {
        showError(card, loginMessage());
      } else if (!response.ok) {
        showError(card, (response.body && response.body.detail)
          || ('Không tải được mục này: máy chủ trả lời mã ' + response.status + '.'));
      } else {
        try {
          renderSection(card, response.body);
        } catch (e) {
          showError(card, 'Không hiển thị được số liệu của mục này (' + e.message + ').');
        }
      }
    }, function () {
      showError(card, 'Không tải được mục này: không kết nối được tới máy chủ; kiểm tra mạng rồi tải lại trang.');
    });
  }

  function load() {
    var reload = document.getElementById('reload');
    reload.disabled = true;
    document.body.dataset.state = 'loading';
    charts.forEach(function (chart) { chart.destroy(); });
    charts = [];
    var container = document.getElementById('sections');
    container.textContent = '';
    pageStatus(null);
    var status = el('span');
    status.appendChild(el('span', 'spinner'));
    status.appendChild(document.createTextNode(' Đang tải bảng theo dõi…'));
    pageStatus(status);
    return getJson(API + '/sections').then(function (response) {
      if (response.status === 401) {
        pageStatus(loginMessage(), true);
        return;
      }
      if (!response.ok || !response.body) {
        pageStatus('Không tải được bảng theo dõi: ' + ((response.body && response.body.detail) || ('mã lỗi ' + response.status)), true);
        return;
      }
      pageStatus(null);
      renderHeader(response.body);
      var loads = response.body.sections.map(function (ref) {
        var card = sectionCard(ref);
        container.appendChild(card);
        return loadSection(card, ref);
      });
      return Promise.all(loads);
    }, function () {
      pageStatus('Không kết nối được tới máy chủ; kiểm tra mạng rồi tải lại trang.', true);
    }).then(function () {
      document.body.dataset.state = 'ready';
      reload.disabled = false;
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.getElementById('reload').addEventListener('click', load);
    load();
  });
}());
