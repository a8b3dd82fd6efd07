// Map of an offer's or organisation's places. Progressive enhancement: without JavaScript, or when tiles do not
// load, the addresses listed beside the map hold the same information.
(function () {
  'use strict';
  function init() {
    var el = document.getElementById('directory-places-map');
    if (!el || typeof L === 'undefined' || !window.QuartierMap) { return; }
    var points;
    try { points = JSON.parse(el.getAttribute('data-points') || '[]'); } catch (e) { return; }
    if (!points.length) { return; }
    var map = window.QuartierMap.create(el);
    var bounds = [];
    points.forEach(function (p) {
      var latlng = [Number(p.lat), Number(p.lon)];
      bounds.push(latlng);
      var label = document.createElement('span');
      label.textContent = String(p.name || '') + (p.address ? ', ' + p.address : '');
      L.circleMarker(latlng, { radius: 9, color: '#0b3a66', weight: 2, fillColor: '#3d85c6', fillOpacity: 0.8 })
        .addTo(map)
        .bindTooltip(label);
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], Number(el.getAttribute('data-zoom') || 16));
    } else {
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
