// Sends a visitor of "/" to the site in their browser's preferred language.
// A separate file (not inline) so a strict Content-Security-Policy can allow it.
(function () {
  var preferred = (navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']);
  var lang = 'en';
  for (var i = 0; i < preferred.length; i++) {
    var tag = String(preferred[i]).toLowerCase();
    if (tag.indexOf('zh') === 0) { lang = 'zh'; break; }
    if (tag.indexOf('en') === 0) { lang = 'en'; break; }
  }
  location.replace('/' + lang + '/');
})();
