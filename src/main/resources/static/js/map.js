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
    var map = L.map(element, { zoomControl: true, attributionControl: true, maxZoom: 19 }).setView([59.325, 18.07], 11);
    element.samverkanMap = map;
    var tiles = element.getAttribute('data-tiles');
    if (tiles) {
      // The provider's credit line is configured text (SAMVERKAN_MAP_TILE_ATTRIBUTION); Leaflet reads it as HTML.
      var credit = text(element.getAttribute('data-attribution') || '').innerHTML;
      L.tileLayer(tiles, { maxZoom: 19, attribution: credit }).addTo(map);
    }
    var focus = element.getAttribute('data-focus') ? JSON.parse(element.getAttribute('data-focus')) : null;
    // Neighbourhood names and saved places: without tiles they are what tells a reader where things are.
    json(element, 'data-labels').forEach(function (label) {
      L.tooltip({ permanent: true, direction: 'center', className: 'map-label', interactive: false })
        .setLatLng([label[1], label[2]]).setContent(text(label[0])).addTo(map);
    });
    json(element, 'data-places').forEach(function (place) {
      L.circleMarker([place[1], place[2]], { radius: 6, color: '#1b1b1b', weight: 1, fillColor: '#00703c', fillOpacity: 0.9 })
        .bindTooltip(text(place[0]), { permanent: true, direction: 'right', offset: [6, 0], className: 'map-label map-label--place' })
        .addTo(map);
    });
    map.on('zoomend moveend', function () { declutter(element); });
    var boundaryUrl = element.getAttribute('data-boundary-url');
    if (boundaryUrl) {
      fetch(boundaryUrl, { credentials: 'same-origin', headers: { 'Accept': 'application/geo+json' } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (geometry) {
          if (!geometry) { return; }
          var layer = L.geoJSON(geometry, { style: { color: '#00487a', weight: 2, fillOpacity: 0.05 } }).addTo(map);
          // Leaflet drops a zoom asked for while another is animating, so one move only.
          if (focus) { jump(map, focus); } else { map.fitBounds(layer.getBounds()); }
          declutter(element);
          element.setAttribute('data-ready', 'true');
        });
    } else {
      if (focus) { jump(map, focus); }
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

  // Moves the map to what a search found: a neighbourhood's box, or close in on a place.
  function jump(map, found) {
    // Leaflet ignores a move asked for while a zoom animates (e.g. the first fit to the boundary), and
    // then ends that animation where it was headed: wait for it.
    if (map._animatingZoom) {
      map.once('zoomend', function () { jump(map, found); });
      return;
    }
    if (found.south === found.north && found.west === found.east) {
      map.setView([found.south, found.west], 17);
    } else {
      map.fitBounds([[found.south, found.west], [found.north, found.east]], { padding: [16, 16] });
    }
  }

  // Hides the names that would cover one shown before them (places first, as they are drawn last),
  // so the map stays readable when zoomed out; zooming in brings them back.
  function declutter(element) {
    var shown = [];
    var labels = Array.prototype.slice.call(element.querySelectorAll('.map-label--place'))
      .concat(Array.prototype.slice.call(element.querySelectorAll('.map-label:not(.map-label--place)')));
    labels.forEach(function (label) { label.classList.remove('map-label--hidden'); });
    labels.forEach(function (label) {
      var box = label.getBoundingClientRect();
      var covers = shown.some(function (other) {
        return box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top;
      });
      if (covers) { label.classList.add('map-label--hidden'); } else { shown.push(box); }
    });
  }

  // The same search as the server's (whole name, then beginning, then anywhere; neighbourhoods and
  // places), done in the page so the map jumps without a reload and nothing typed in a form is lost.
  function search(form) {
    var element = document.querySelector('.map[data-labels]');
    var input = document.getElementById('map-find');
    var result = document.getElementById('map-search-result');
    if (!element || !element.samverkanMap || !input || !result) { return false; }
    var wanted = input.value.trim().toLowerCase();
    if (!wanted) { return true; }
    var found = [];
    json(element, 'data-labels').forEach(function (label) {
      found.push({ name: label[0], south: label[3], west: label[4], north: label[5], east: label[6] });
    });
    json(element, 'data-places').forEach(function (place) {
      found.push({ name: place[0], south: place[1], west: place[2], north: place[1], east: place[2] });
    });
    function rank(name) { return name === wanted ? 0 : name.indexOf(wanted) === 0 ? 1 : 2; }
    found = found.filter(function (candidate) { return candidate.name.toLowerCase().indexOf(wanted) >= 0; })
      .sort(function (a, b) { return rank(a.name.toLowerCase()) - rank(b.name.toLowerCase()) || a.name.localeCompare(b.name, 'sv'); });
    var message = document.createElement('p');
    if (found.length) {
      jump(element.samverkanMap, found[0]);
      message.textContent = form.getAttribute('data-found').replace('{0}', found[0].name);
    } else {
      message.textContent = form.getAttribute('data-none').replace('{0}', input.value.trim());
    }
    result.replaceChildren(message);
    return false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    Array.prototype.forEach.call(document.querySelectorAll('.map'), setup);
    var form = document.getElementById('map-search');
    if (form && typeof L !== 'undefined') {
      form.addEventListener('submit', function (event) {
        if (!search(form)) { event.preventDefault(); }
      });
    }
  });
})();
