// Districts map: circle markers at the districts' centre points. Progressive enhancement: without JavaScript,
// or when tiles do not load, the page's tables hold the same information.
(function () {
  'use strict';
  function init() {
    var el = document.getElementById('districts-map');
    if (!el || typeof L === 'undefined' || !window.QuartierMap) { return; }
    var points;
    try { points = JSON.parse(el.getAttribute('data-points') || '[]'); } catch (e) { return; }
    if (!points.length) { return; }
    var map = window.QuartierMap.create(el);
    var needLabel = el.getAttribute('data-need') || '';
    var bounds = [];
    points.forEach(function (p) {
      var latlng = [Number(p.lat), Number(p.lon)];
      bounds.push(latlng);
      var marker = L.circleMarker(latlng, {
        radius: p.highNeed ? 10 : 7,
        color: p.highNeed ? '#8a1c1c' : '#0b5394',
        weight: 2,
        fillColor: p.highNeed ? '#c62828' : '#3d85c6',
        fillOpacity: 0.7
      }).addTo(map);
      var text = p.name + (p.value ? ': ' + p.value : '') + (p.highNeed && needLabel ? ' (' + needLabel + ')' : '');
      marker.bindTooltip(text);
      marker.on('click', function () { window.location.href = p.href; });
    });
    if (bounds.length === 1) {
      map.setView(bounds[0], Number(el.getAttribute('data-zoom') || 14));
    } else {
      map.fitBounds(bounds, { padding: [20, 20] });
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
