// Indicator charts: each table[data-chart] holds a time series; Chart.js draws it into a canvas placed above the
// table. The table stays: it is the accessible form of the chart and what people without JavaScript see.
(function () {
  'use strict';
  function init() {
    if (typeof Chart === 'undefined') { return; }
    var rtl = document.documentElement.getAttribute('dir') === 'rtl';
    var reduced = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document.querySelectorAll('table[data-chart]').forEach(function (table) {
      var labels = [];
      var values = [];
      table.querySelectorAll('tbody tr').forEach(function (row) {
        var head = row.querySelector('th');
        var cell = row.querySelector('td[data-value]');
        if (!head || !cell) { return; }
        labels.push(head.textContent.trim());
        values.push(Number(cell.getAttribute('data-value')));
      });
      var box = document.querySelector('[data-chart-for="' + table.id + '"]');
      if (!box || !labels.length) { return; }
      var canvas = document.createElement('canvas');
      canvas.setAttribute('role', 'img');
      var caption = table.querySelector('caption');
      canvas.setAttribute('aria-label', caption ? caption.textContent.trim() : (table.getAttribute('data-chart-label') || ''));
      box.appendChild(canvas);
      new Chart(canvas, {
        type: 'line',
        data: {
          labels: labels,
          datasets: [{
            label: table.getAttribute('data-chart-label') || '',
            data: values,
            borderColor: '#0b5394',
            backgroundColor: 'rgba(11, 83, 148, 0.15)',
            pointRadius: 4,
            fill: true,
            tension: 0.2
          }]
        },
        options: {
          animation: reduced ? false : { duration: 300 },
          maintainAspectRatio: false,
          plugins: { legend: { display: false, rtl: rtl } },
          scales: { x: { reverse: rtl }, y: { position: rtl ? 'right' : 'left', beginAtZero: false } }
        }
      });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
