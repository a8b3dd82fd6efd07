// Shared Leaflet set-up for Quartier's maps (districts, places of an offer or organisation, offer search). Load it
// after leaflet.js and before the page's own map script. A map element carries its settings as data attributes:
// data-label (accessible name), data-zoom-in / data-zoom-out (button titles), data-tile-url, data-attribution.
(function () {
  'use strict';
  // Shows the (initially hidden) element as a labelled region and returns a Leaflet map on it, with titled zoom
  // buttons and, when a tile URL is given, the tile layer with its attribution.
  function create(el) {
    el.hidden = false;
    el.setAttribute('role', 'region');
    el.setAttribute('aria-label', el.getAttribute('data-label') || '');
    var map = L.map(el, { scrollWheelZoom: false, zoomControl: false });
    L.control.zoom({
      zoomInTitle: el.getAttribute('data-zoom-in') || 'Zoom in',
      zoomOutTitle: el.getAttribute('data-zoom-out') || 'Zoom out'
    }).addTo(map);
    var tiles = el.getAttribute('data-tile-url');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: el.getAttribute('data-attribution') || '' }).addTo(map);
    }
    return map;
  }
  window.QuartierMap = { create: create };
})();
