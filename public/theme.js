/*
 * Runs in <head> before the page paints: applies the theme the visitor chose (the toggle stores it
 * in localStorage) so there is no flash of the other theme, and marks the page as having
 * JavaScript so controls that need it are shown. An external file so that a strict
 * Content-Security-Policy needs no inline script.
 */
(function () {
  var root = document.documentElement;
  root.setAttribute('data-js', '');
  try {
    var theme = localStorage.getItem('theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch (e) {
    /* storage blocked: follow the system */
  }
})();
