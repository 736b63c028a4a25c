// Sends the visitor on to one of the page's language links ([data-lang-choice]):
// the one matching the browser's preferred language, else the first. Keeps the
// #fragment, so a short link to a measure lands on that measure.
// A separate file (not inline) so a strict Content-Security-Policy can allow it.
(function () {
  var links = document.querySelectorAll('a[data-lang-choice]');
  if (!links.length) return;
  var preferred = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en'];
  var chosen = links[0];
  search: for (var i = 0; i < preferred.length; i++) {
    var tag = String(preferred[i]).toLowerCase();
    for (var j = 0; j < links.length; j++) {
      if (tag.indexOf(links[j].getAttribute('data-lang-choice')) === 0) {
        chosen = links[j];
        break search;
      }
    }
  }
  location.replace(chosen.getAttribute('href') + location.hash);
})();
