// Offer search: progressive enhancement only. Without JavaScript the GET form, the list and the pager work
// as they are. With it: filters collapse on narrow screens, ticking a filter submits the form, and with
// view=map a Leaflet map with clustered markers shows the page's offers (tiles may fail to load; the list stays).
(function () {
  'use strict';

  function enhanceForm() {
    var form = document.getElementById('offer-search');
    var filters = document.getElementById('offer-filters');
    if (!form) { return; }
    if (filters && window.matchMedia && window.matchMedia('(max-width: 48rem)').matches
        && !form.querySelector('.q-facet input:checked')) {
      filters.open = false;
    }
    form.addEventListener('change', function (event) {
      var target = event.target;
      if (target && (target.type === 'checkbox' || target.id === 'sort')) {
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    });
  }

  function initMap() {
    var el = document.getElementById('offer-map');
    if (!el || typeof L === 'undefined' || !window.QuartierMap) { return; }
    var markers;
    try { markers = JSON.parse(el.getAttribute('data-markers') || '[]'); } catch (e) { return; }
    var centre = null;
    try { centre = el.getAttribute('data-centre') ? JSON.parse(el.getAttribute('data-centre')) : null; } catch (e) { centre = null; }
    if (!markers.length && !centre) { return; }
    var map = window.QuartierMap.create(el);
    var layer = typeof L.markerClusterGroup === 'function' ? L.markerClusterGroup() : L.layerGroup();
    var bounds = [];
    markers.forEach(function (m) {
      var latlng = [Number(m.lat), Number(m.lon)];
      bounds.push(latlng);
      var marker = L.circleMarker(latlng, {
        radius: 8, color: '#0b3a66', weight: 2, fillColor: '#3d85c6', fillOpacity: 0.8
      });
      marker.bindTooltip(m.title + (m.org ? ' – ' + m.org : ''));
      marker.on('click', function () { window.location.href = m.href; });
      layer.addLayer(marker);
    });
    map.addLayer(layer);
    var radius = centre ? Number(el.getAttribute('data-radius') || 0) * 1000 : 0;
    if (centre) {
      if (radius > 0) {
        var area = L.latLng(centre).toBounds(radius * 2);
        bounds.push(area.getNorthEast(), area.getSouthWest());
      } else {
        bounds.push(centre);
      }
    }
    if (bounds.length === 1) {
      map.setView(bounds[0], 15);
    } else {
      map.fitBounds(bounds, { padding: [20, 20], maxZoom: 16 });
    }
    if (radius > 0) {
      L.circle(centre, { radius: radius, color: '#8a1c1c', weight: 2, fill: false, interactive: false }).addTo(map);
    }
  }

  function init() {
    enhanceForm();
    initMap();
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
