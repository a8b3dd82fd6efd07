// Directory staff forms: add/remove opening-hour rows, and pick a location's point on a map.
// Progressive enhancement: without JS the forms work (one blank row, plain coordinate inputs).
(function () {
  'use strict';

  function renumber(container) {
    container.querySelectorAll('[data-schedule-row]').forEach(function (row, i) {
      row.querySelectorAll('select, input').forEach(function (el) {
        var base = el.name;
        el.id = base + '-' + i;
        var label = row.querySelector('label[for^="' + base + '-"]');
        if (label) { label.htmlFor = el.id; }
      });
    });
  }

  function schedule() {
    var container = document.querySelector('[data-schedule]');
    var add = document.querySelector('[data-add-row]');
    if (!container || !add) { return; }
    document.querySelectorAll('.q-dir-js').forEach(function (b) { b.classList.add('q-dir-js--on'); });
    container.addEventListener('click', function (e) {
      var btn = e.target.closest('[data-remove-row]');
      if (!btn) { return; }
      var rows = container.querySelectorAll('[data-schedule-row]');
      var row = btn.closest('[data-schedule-row]');
      if (rows.length > 1) {
        row.remove();
      } else {
        row.querySelectorAll('select, input').forEach(function (el) { el.value = ''; });
      }
      renumber(container);
      add.focus();
    });
    add.addEventListener('click', function () {
      var rows = container.querySelectorAll('[data-schedule-row]');
      var copy = rows[rows.length - 1].cloneNode(true);
      copy.querySelectorAll('select, input').forEach(function (el) { el.value = ''; });
      container.appendChild(copy);
      renumber(container);
      copy.querySelector('select').focus();
    });
  }

  function map() {
    var el = document.getElementById('q-dir-pick-map');
    if (!el || typeof L === 'undefined') { return; }
    var lat = document.getElementById(el.dataset.latInput);
    var lon = document.getElementById(el.dataset.lonInput);
    function num(input) {
      var v = parseFloat((input.value || '').replace(',', '.'));
      return isNaN(v) ? null : v;
    }
    var start = num(lat) !== null && num(lon) !== null ? [num(lat), num(lon)] : [52.1315, 11.6399];
    el.classList.add('q-dir-map--on');
    var m = L.map(el).setView(start, num(lat) !== null ? 16 : 12);
    var tiles = el.getAttribute('data-tile-url');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: '\u00a9 OpenStreetMap' }).addTo(m);
    }
    var marker = num(lat) !== null ? L.marker(start).addTo(m) : null;
    m.on('click', function (e) {
      lat.value = e.latlng.lat.toFixed(6);
      lon.value = e.latlng.lng.toFixed(6);
      if (marker) { marker.setLatLng(e.latlng); } else { marker = L.marker(e.latlng).addTo(m); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    schedule();
    map();
  });
})();
