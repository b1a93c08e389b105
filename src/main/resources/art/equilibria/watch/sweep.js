// A sweep's page: its contact sheet and its score table, as the sweep rewrites them after each run
// it scores, and where the other runs stand. Polls one answer every two seconds and redraws only
// when it changed; each run links to its own watch page, relative to this one.
'use strict';
(() => {
  const POLL_MS = 2000;
  const HIDDEN_POLL_MS = 5000;
  const $ = (id) => document.getElementById(id);
  const s = { seen: '', answer: null, sheet: 0, sortBy: null, descending: false };

  async function poll() {
    let delay = document.hidden ? HIDDEN_POLL_MS : POLL_MS;
    if (!document.hidden) {
      try {
        const answer = await Page.getJson('api/sweep');
        const seen = JSON.stringify(answer);
        if (seen !== s.seen) {
          s.seen = seen;
          s.answer = answer;
          show();
        }
        Page.connection(true);
      } catch (e) {
        Page.connection(false, 'server stopped · reconnecting by itself');
      }
    }
    setTimeout(poll, delay);
  }

  function show() {
    const a = s.answer;
    document.title = 'sweep ' + a.name + ' · Equilibria';
    $('title').textContent = 'sweep ' + a.name;
    $('where').textContent = a.piece + ' · ' + a.dir;
    $('state').className = 'badge ' + a.state;
    $('state').textContent = a.state;
    $('varies').textContent = a.varies + (a.repeats > 1 ? ' · ' + a.repeats + ' repeats' : '');
    $('scored').textContent = a.scored + ' of ' + a.runs + ' runs';
    $('steps').textContent = a.steps != null ? a.steps + (a.sketch ? ' (sketch)' : '') : 'each piece\'s';
    if (a.sheet && a.sheet !== s.sheet) {
      s.sheet = a.sheet;
      const img = document.createElement('img');
      img.src = 'sheet.png?v=' + a.sheet;
      img.alt = 'contact sheet of sweep ' + a.name;
      $('sheet').replaceChildren(img);
    }
    showTable();
    document.body.dataset.rows = a.rows.length;
    document.body.dataset.scored = a.scored;
  }

  function showTable() {
    const a = s.answer;
    const every = $('every').checked;
    const shown = a.columns.filter((c) => every || a.first_read.includes(c));
    const at = (c) => a.columns.indexOf(c);
    const table = document.createElement('table');
    const head = table.createTHead().insertRow();
    for (const c of shown) {
      const th = document.createElement('th');
      th.textContent = c + (s.sortBy === c ? (s.descending ? ' ▼' : ' ▲') : '');
      th.addEventListener('click', () => {
        s.descending = s.sortBy === c ? !s.descending : false;
        s.sortBy = c;
        showTable();
      });
      head.append(th);
    }
    const body = table.createTBody();
    for (const row of sorted(a.rows, at(s.sortBy))) {
      const tr = body.insertRow();
      const failures = row.values[at('failures')];
      const state = row.values[at('state')];
      tr.className = (row.scored ? '' : 'pending ') + (failures || state === 'failed' ? 'failed' : '');
      for (const c of shown) {
        const td = tr.insertCell();
        const value = row.values[at(c)] ?? '';
        if (c === 'run' && row.link) {
          const link = document.createElement('a');
          link.href = row.link;
          link.textContent = value;
          td.append(link);
        } else {
          td.textContent = c === 'failures' ? value.replaceAll('+', ' ') : value;
        }
        if (c === 'failures' && value) td.className = 'failure';
      }
    }
    $('table').replaceChildren(table);
  }

  /** Rows by a column, numbers as numbers and blanks last; as served (by rank) when none. */
  function sorted(rows, column) {
    if (column < 0) return rows;
    const sign = s.descending ? -1 : 1;
    const key = (row) => row.values[column] ?? '';
    return [...rows].sort((x, y) => {
      const a = key(x);
      const b = key(y);
      if (a === '' || b === '') return (a === '') - (b === '');
      const numbers = isFinite(a) && isFinite(b);
      return sign * (numbers ? Number(a) - Number(b) : a.localeCompare(b));
    });
  }

  $('every').addEventListener('change', () => s.answer && showTable());
  document.addEventListener('visibilitychange', () => {
    if (!document.hidden && s.answer) showTable();
  });
  poll();
})();
