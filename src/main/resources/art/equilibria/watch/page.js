// What the watch pages share: asking the server, and saying whether it still answers. Pages ask
// with addresses relative to their own, so a run's page works at / and at /sweeps/NAME/RUN/ alike.
'use strict';
window.Page = (() => {
  async function getJson(path) {
    const r = await fetch(path, { cache: 'no-store' });
    if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
    return r.json();
  }

  /** The corner that says when the page last heard from the server, or that it stopped. */
  function connection(ok, lost) {
    const c = document.getElementById('connection');
    if (ok) {
      c.className = 'dim';
      c.textContent = 'updated ' + new Date().toLocaleTimeString();
    } else {
      c.className = 'lost';
      c.textContent = lost;
    }
    document.body.dataset.connected = ok;
  }

  return { getJson, connection };
})();
