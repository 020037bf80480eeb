// Maps of districts, observations and hotspots (Leaflet). Progressive: the pages work without it,
// with positions typed by hand and every figure in tables. Tiles only when a tile URL is configured;
// without tiles the boundary, points and hotspots still show on a plain background.
(function () {
  'use strict';

  function json(element, name) {
    var text = element.getAttribute(name);
    if (!text) { return []; }
    try { return JSON.parse(text); } catch (e) { return []; }
  }

  // Tooltips get their text as a text node, never as HTML: names come from data people typed.
  function text(value) {
    var span = document.createElement('span');
    span.textContent = value === null || value === undefined ? '' : String(value);
    return span;
  }

  function setup(element) {
    if (typeof L === 'undefined') { return; }
    var map = L.map(element, { zoomControl: true, attributionControl: true }).setView([59.325, 18.07], 11);
    element.samverkanMap = map;
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: '&copy; OpenStreetMap' }).addTo(map);
    }
    var boundaryUrl = element.getAttribute('data-boundary-url');
    if (boundaryUrl) {
      fetch(boundaryUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (geometry) {
          if (!geometry) { return; }
          var layer = L.geoJSON(geometry, { style: { color: '#00487a', weight: 2, fillOpacity: 0.05 } }).addTo(map);
          map.fitBounds(layer.getBounds());
          element.setAttribute('data-ready', 'true');
        });
    } else {
      element.setAttribute('data-ready', 'true');
    }
    json(element, 'data-points').forEach(function (point) {
      L.circleMarker([point[0], point[1]], { radius: 4, color: '#1b1b1b', weight: 1, fillColor: '#00539f', fillOpacity: 0.7 })
        .bindTooltip(text(point[2])).addTo(map);
    });
    json(element, 'data-hotspots').forEach(function (hotspot, index) {
      var half = 0.00125;
      L.rectangle([[hotspot.lat - half, hotspot.lon - half * 1.96], [hotspot.lat + half, hotspot.lon + half * 1.96]],
        { color: '#a4001d', weight: 2, fillOpacity: 0.25 })
        .bindTooltip(text((index + 1) + '. ' + (hotspot.neighbourhood || '') + ': ' + hotspot.count)).addTo(map);
    });
    if (element.getAttribute('data-pick') === 'true') {
      var marker = null;
      var lat = document.getElementById('lat');
      var lon = document.getElementById('lon');
      map.on('click', function (event) {
        var point = event.latlng;
        if (marker) { marker.setLatLng(point); } else { marker = L.circleMarker(point, { radius: 8, color: '#a4001d' }).addTo(map); }
        lat.value = point.lat.toFixed(6);
        lon.value = point.lng.toFixed(6);
        lon.dispatchEvent(new Event('change', { bubbles: true }));
      });
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.map'), setup);
  });
})();
