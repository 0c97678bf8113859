/*
 * Inserts the site's analytics script (components/Analytics.tsx) unless the visitor asked not to
 * be tracked: Do Not Track or Global Privacy Control. The provider's script and its attributes
 * come from this script's own data-src and data-set-* attributes (data-set-domain becomes
 * data-domain). External, so the page's Content-Security-Policy needs no inline script.
 */
(function () {
  var me = document.currentScript;
  if (!me) return;
  var n = navigator;
  var dnt = n.doNotTrack || window.doNotTrack || n.msDoNotTrack;
  if (n.globalPrivacyControl === true || dnt === '1' || dnt === 'yes') return;
  var s = document.createElement('script');
  s.src = me.getAttribute('data-src');
  s.async = true;
  for (var i = 0; i < me.attributes.length; i++) {
    var a = me.attributes[i];
    if (a.name.indexOf('data-set-') === 0) s.setAttribute('data-' + a.name.slice(9), a.value);
  }
  me.parentNode.insertBefore(s, me.nextSibling);
})();
