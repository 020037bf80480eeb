// The observation form on a phone (templates/situation/report.html). Progressive: without this file
// the form is sent as it is. With it:
// - "use my position" asks the browser for the position only when pressed, shows its accuracy, and
//   names the district and neighbourhood before sending (the same lookup as the map clicks);
// - what is typed is kept on this device until the report has been sent, so a dropped connection
//   loses nothing, and the form says so; sending while offline is held back with a message.
(function () {
  'use strict';

  var form = document.getElementById('report-form');
  if (!form) { return; }
  var lat = document.getElementById('lat');
  var lon = document.getElementById('lon');
  var positionStatus = document.getElementById('position-status');
  var connection = document.getElementById('report-connection');
  var draftKey = form.getAttribute('data-draft-key');
  var FIELDS = ['occurredAt', 'lat', 'lon', 'placeId', 'spot', 'districtId', 'categoryCode', 'description', 'proposedMeasure'];

  function message(name) {
    var text = form.getAttribute('data-msg-' + name) || '';
    var values = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (all, index) { return values[index] !== undefined ? values[index] : ''; });
  }

  // Where a point lies: the page's own lookup (signed-in session), the same as the API's geo/locate.
  var lookup = 0;
  function name(latitude, longitude, accuracyText) {
    var mine = ++lookup;
    var url = form.getAttribute('data-locate-url') + '?lat=' + encodeURIComponent(latitude) + '&lon=' + encodeURIComponent(longitude);
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) {
        if (response.status === 404) { return { outside: true }; }
        return response.ok ? response.json() : null;
      })
      .catch(function () { return null; })
      .then(function (place) {
        if (mine !== lookup) { return; }
        var text;
        if (place === null) {
          text = message('unnamed');
        } else if (place.outside) {
          text = message('outside');
        } else if (place.neighbourhood) {
          text = message('place', place.districtName, place.neighbourhood);
        } else {
          text = message('district', place.districtName);
        }
        positionStatus.textContent = (accuracyText ? accuracyText + ' ' : '') + text;
        positionStatus.setAttribute('data-district', place && !place.outside ? place.districtName : '');
      });
  }

  function positionTyped() {
    var latitude = parseFloat(lat.value.replace(',', '.'));
    var longitude = parseFloat(lon.value.replace(',', '.'));
    if (!isNaN(latitude) && !isNaN(longitude)) { name(latitude, longitude, ''); }
  }
  lat.addEventListener('change', positionTyped);
  lon.addEventListener('change', positionTyped);

  var button = document.getElementById('use-position');
  if (button && 'geolocation' in navigator) {
    button.parentElement.hidden = false;
    button.addEventListener('click', function () {
      positionStatus.textContent = message('asking');
      navigator.geolocation.getCurrentPosition(function (position) {
        var coords = position.coords;
        lat.value = coords.latitude.toFixed(6);
        lon.value = coords.longitude.toFixed(6);
        save();
        showOnMap(coords.latitude, coords.longitude, coords.accuracy);
        name(coords.latitude, coords.longitude, message('accuracy', Math.round(coords.accuracy)));
      }, function (error) {
        positionStatus.textContent = message(error.code === 1 ? 'denied' : 'unavailable');
      }, { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 });
    });
  }

  var accuracyCircle = null;
  function showOnMap(latitude, longitude, accuracy) {
    var element = document.getElementById('pick-map');
    var map = element && element.samverkanMap;
    if (!map || typeof L === 'undefined') { return; }
    if (accuracyCircle) { map.removeLayer(accuracyCircle); }
    accuracyCircle = L.circle([latitude, longitude], { radius: Math.max(accuracy, 5), color: '#a4001d', weight: 2, fillOpacity: 0.1 })
      .addTo(map);
    map.setView([latitude, longitude], 16);
  }

  // The draft: kept in this browser for this user until the report is sent.
  function storage() {
    try { return window.localStorage; } catch (e) { return null; }
  }

  function field(name) { return form.elements.namedItem(name); }

  function save() {
    var store = storage();
    if (!store || !draftKey) { return; }
    var draft = { savedAt: new Date().toISOString() };
    FIELDS.forEach(function (name) { if (field(name)) { draft[name] = field(name).value; } });
    var severity = form.querySelector('input[name="severity"]:checked');
    draft.severity = severity ? severity.value : '';
    try { store.setItem(draftKey, JSON.stringify(draft)); } catch (e) { /* full or refused: nothing kept */ }
  }

  function restore() {
    var store = storage();
    if (!store || !draftKey) { return; }
    if (form.getAttribute('data-sent') === 'true') {
      store.removeItem(draftKey);
      return;
    }
    var text = store.getItem(draftKey);
    if (!text) { return; }
    var draft;
    try { draft = JSON.parse(text); } catch (e) { store.removeItem(draftKey); return; }
    var restored = false;
    FIELDS.forEach(function (name) {
      var element = field(name);
      if (name !== 'occurredAt' && element && draft[name] && element.value !== draft[name]) {
        element.value = draft[name];
        restored = true;
      }
    });
    if (draft.severity) {
      var radio = form.querySelector('input[name="severity"][value="' + draft.severity + '"]');
      if (radio && !radio.checked) { radio.checked = true; restored = true; }
    }
    if (restored) {
      // The time typed belongs to what was typed; alone it is only the time the form was opened.
      if (draft.occurredAt && field('occurredAt')) { field('occurredAt').value = draft.occurredAt; }
      connection.textContent = message('restored');
      positionTyped();
    }
  }

  var pending = null;
  form.addEventListener('input', function () {
    clearTimeout(pending);
    pending = setTimeout(save, 300);
  });
  form.addEventListener('change', save);

  form.addEventListener('submit', function (event) {
    save();
    if (navigator.onLine === false) {
      event.preventDefault();
      connection.textContent = message('kept');
    }
  });
  window.addEventListener('offline', function () { save(); connection.textContent = message('offline'); });
  window.addEventListener('online', function () { connection.textContent = message('online'); });

  restore();
})();
