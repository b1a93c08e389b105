// The watch page: polls a small status answer once a second and fetches only what changed
// (new metrics lines, new snapshots). Everything comes from the run folder through the API, so a
// reload or a second tab starts from scratch and the server keeps nothing per page. Addresses are
// relative to the page's: the same page shows the run at / and each sweep's run at its address.
'use strict';
(() => {
  // Same order of colours as art.equilibria.plot.NetworkColours, so PNGs and page agree.
  const PALETTE = ['#c678dd', '#e8a33d', '#4fb0c6', '#98c379', '#e06c75', '#61afef'];
  const POLL_MS = 1000;
  const HIDDEN_POLL_MS = 5000; // a hidden tab only checks whether it is shown again
  const RETRY_MS = 2000;
  const CHART_HEIGHT = 130;

  const $ = (id) => document.getElementById(id);
  let s = fresh();

  function fresh() {
    return {
      run: null,
      seen: '', // step and state of the last overview fetched
      overview: null,
      lines: [],
      networks: [], // names in order of first appearance in the metrics
      stageStarts: [],
      events: [],
      eventsShown: 0,
      snapshots: [],
      selected: -1, // index of the snapshot shown; -1 follows the latest
      charts: [], // {key, def, plot, data}
      chartKeys: '',
      searchesSeen: '', // the searches answer last drawn
      sweepsSeen: '', // the sweeps answer last drawn
    };
  }

  const getJson = Page.getJson;

  let timer = null;
  let busy = false; // one poll at a time; the one in flight schedules the next

  async function poll() {
    clearTimeout(timer);
    if (busy) return;
    if (document.hidden) {
      // Nobody is looking: draw nothing, and catch up the moment the tab is shown again.
      timer = setTimeout(poll, HIDDEN_POLL_MS);
      return;
    }
    busy = true;
    let delay = POLL_MS;
    try {
      const status = await getJson('api/status');
      if (status.run !== s.run) reset(status.run);
      // The overview first: chart titles and order come from the piece it carries.
      const seen = status.step + ' ' + status.state;
      if (seen !== s.seen) {
        s.overview = await getJson('api/run');
        s.seen = seen;
        showOverview();
      }
      const lastStep = s.lines.length ? s.lines[s.lines.length - 1].step : -1;
      if (status.step > lastStep) await loadMetrics(lastStep + 1);
      if (status.snapshots !== s.snapshots.length) await loadSnapshots();
      await loadSearches();
      await loadSweeps();
      connection(true);
    } catch (e) {
      connection(false);
      delay = RETRY_MS;
    } finally {
      busy = false;
    }
    timer = setTimeout(poll, delay);
  }

  document.addEventListener('visibilitychange', () => {
    if (!document.hidden) poll();
  });

  /** Another run behind the same address (a new training on the port): start over. */
  function reset(run) {
    s.charts.forEach((c) => c.plot.destroy());
    s = fresh();
    s.run = run;
    $('plots').innerHTML = '<p class="dim">no metrics yet</p>';
    $('grids').innerHTML = '<p class="dim">no snapshot yet</p>';
    $('strip').innerHTML = '';
    document.body.dataset.run = run;
  }

  async function loadMetrics(from) {
    const answer = await getJson('api/metrics?from=' + from);
    if (answer.run !== s.run) return;
    for (const line of answer.lines) {
      const previous = s.lines[s.lines.length - 1];
      if (previous && line.step <= previous.step) continue;
      if (previous && line.stage !== previous.stage) s.stageStarts.push(line.step);
      for (const name of Object.keys(line.networks || {})) {
        if (!s.networks.includes(name)) s.networks.push(name);
      }
      for (const e of line.events || []) s.events.push(e);
      s.lines.push(line);
    }
    if (s.lines.length) document.body.dataset.step = s.lines[s.lines.length - 1].step;
    showEvents();
    updateCharts();
  }

  // ---- charts ------------------------------------------------------------------------------

  function colour(network) {
    return PALETTE[Math.max(0, s.networks.indexOf(network)) % PALETTE.length];
  }

  /** The charts the metrics call for: each term of each network, then the summaries. */
  function chartDefs() {
    const order = pieceOrder();
    const terms = new Map();
    for (const line of s.lines) {
      for (const [net, m] of Object.entries(line.networks || {})) {
        if (!terms.has(net)) terms.set(net, []);
        for (const t of Object.keys(m.terms || {})) {
          if (!terms.get(net).includes(t)) terms.get(net).push(t);
        }
      }
    }
    const defs = [];
    for (const net of order.filter((n) => terms.has(n))) {
      for (const t of terms.get(net)) {
        defs.push({
          key: 'term:' + net + ':' + t,
          title: net + ' · ' + t + weight(net, t),
          smooth: true,
          series: [{ label: t, net, get: (l) => val(l, net, (m) => m.terms && m.terms[t]) }],
        });
      }
    }
    const nets = order.filter((n) => terms.has(n));
    defs.push({
      key: 'total',
      title: 'total loss per network',
      series: nets.map((n) => ({ label: n, net: n, get: (l) => val(l, n, (m) => m.total) })),
    });
    defs.push({
      key: 'grad',
      title: 'gradient norm',
      log: true,
      series: nets.map((n) => ({ label: n, net: n, get: (l) => val(l, n, (m) => m.grad_norm) })),
    });
    const gens = nets.filter((n) => s.lines.some((l) => l.networks[n] && l.networks[n].colour_variance != null));
    if (gens.length) {
      defs.push({
        key: 'colour',
        title: 'batch colour variance',
        log: true,
        series: gens.map((n) => ({ label: n, net: n, get: (l) => val(l, n, (m) => m.colour_variance) })),
      });
      defs.push({
        key: 'diversity',
        title: 'different pictures in the batch (Vendi)',
        series: gens.map((n) => ({ label: n, net: n, get: (l) => val(l, n, (m) => m.diversity) })),
      });
      if (s.lines.some((l) => l.snapshot_diversity)) {
        defs.push({
          key: 'snapshot-diversity',
          title: 'different pictures in the snapshot grid (Vendi)',
          series: gens.map((n) => ({
            label: n,
            net: n,
            get: (l) => {
              const d = l.snapshot_diversity && l.snapshot_diversity[n];
              return d && isFinite(d.pixels) ? d.pixels : null;
            },
          })),
        });
      }
      const pure = (l) => l.snapshot_diversity && Object.values(l.snapshot_diversity).some((d) => d.pure_pixels != null);
      if (s.lines.some(pure)) {
        // Beside the Vendi score, in its own chart: a sum of distances, on another scale.
        defs.push({
          key: 'snapshot-pure-diversity',
          title: 'how far apart the snapshot grid\'s pictures are (pure diversity)',
          series: gens.map((n) => ({
            label: n,
            net: n,
            get: (l) => {
              const d = l.snapshot_diversity && l.snapshot_diversity[n];
              return d && isFinite(d.pure_pixels) ? d.pure_pixels : null;
            },
          })),
        });
      }
      defs.push({
        key: 'clipped',
        title: 'share of values shown clipped',
        series: gens.map((n) => ({ label: n, net: n, get: (l) => val(l, n, (m) => m.saturation) })),
      });
    }
    return defs;
  }

  function val(line, net, pick) {
    const m = line.networks && line.networks[net];
    const v = m ? pick(m) : undefined;
    return typeof v === 'number' && isFinite(v) ? v : null;
  }

  /** Networks in the piece's order when the piece could be read, else as they appear. */
  function pieceOrder() {
    const fromPiece = s.overview && s.overview.networks ? s.overview.networks.map((n) => n.name) : [];
    return fromPiece.concat(s.networks.filter((n) => !fromPiece.includes(n)));
  }

  function weight(net, term) {
    const n = s.overview && s.overview.networks && s.overview.networks.find((x) => x.name === net);
    const t = n && n.terms.find((x) => x.term === term);
    return t && t.weight !== 1 ? ' ×' + t.weight : '';
  }

  function updateCharts() {
    if (!s.lines.length) return;
    const defs = chartDefs();
    const keys = defs.map((d) => d.title + '=' + d.series.map((x) => x.label).join(',')).join('|');
    if (keys !== s.chartKeys) buildCharts(defs, keys);
    const xs = s.lines.map((l) => l.step);
    for (const c of s.charts) {
      const data = [xs];
      for (const series of c.def.series) {
        let ys = s.lines.map(series.get);
        if (c.def.log) ys = ys.map((v) => (v != null && v > 0 ? v : null));
        data.push(ys);
        if (c.def.smooth) data.push(trailingMean(ys));
      }
      c.plot.setData(data);
      c.cell.dataset.points = xs.length;
    }
  }

  /** Mean of the last few values, as in the PNG plots: a window of a fortieth of the run. */
  function trailingMean(ys) {
    const present = ys.filter((v) => v != null).length;
    const w = Math.max(5, Math.floor(present / 40));
    const out = new Array(ys.length).fill(null);
    const win = [];
    let sum = 0;
    ys.forEach((v, i) => {
      if (v == null) return;
      win.push(v);
      sum += v;
      if (win.length > w) sum -= win.shift();
      out[i] = sum / win.length;
    });
    return out;
  }

  function buildCharts(defs, keys) {
    s.charts.forEach((c) => c.plot.destroy());
    s.charts = [];
    s.chartKeys = keys;
    const box = $('plots');
    box.innerHTML = '';
    for (const def of defs) {
      const cell = document.createElement('div');
      cell.className = 'chart';
      cell.dataset.key = def.key;
      box.appendChild(cell);
      const series = [{ label: 'step' }];
      for (const x of def.series) {
        const c = colour(x.net);
        if (def.smooth) {
          series.push({ label: x.label, stroke: c + '55', width: 1, spanGaps: true, points: { show: false } });
          series.push({ label: 'mean', stroke: c, width: 2, spanGaps: true, points: { show: false } });
        } else {
          series.push({ label: x.label, stroke: c, width: 1.5, spanGaps: true, points: { show: false } });
        }
      }
      const axis = { stroke: '#8a8d93', grid: { stroke: '#2b2d31', width: 1 }, ticks: { stroke: '#2b2d31' } };
      const plot = new uPlot(
        {
          title: def.title,
          width: Math.max(200, cell.clientWidth - 8),
          height: CHART_HEIGHT,
          cursor: { sync: { key: 'equilibria' } },
          scales: { x: { time: false }, y: def.log ? { distr: 3 } : {} },
          axes: [axis, Object.assign({ size: 52 }, axis)],
          series,
          plugins: [markers()],
        },
        [[]].concat(series.slice(1).map(() => [])),
        cell,
      );
      s.charts.push({ key: def.key, def, plot, cell });
    }
  }

  /** Faint lines where stages begin, and a dashed one at the snapshot being looked at. */
  function markers() {
    return {
      hooks: {
        draw: (u) => {
          const ctx = u.ctx;
          const { top, height } = u.bbox;
          const line = (step, style, dash) => {
            const x = Math.round(u.valToPos(step, 'x', true));
            if (!(x >= u.bbox.left && x <= u.bbox.left + u.bbox.width)) return;
            ctx.save();
            ctx.strokeStyle = style;
            ctx.lineWidth = devicePixelRatio;
            ctx.setLineDash(dash);
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + height);
            ctx.stroke();
            ctx.restore();
          };
          s.stageStarts.forEach((step) => line(step, '#ffffff22', []));
          const shown = shownSnapshot();
          if (shown && s.selected >= 0) line(shown.step, '#e8a33dcc', [4, 4]);
        },
      },
    };
  }

  window.addEventListener('resize', () => {
    for (const c of s.charts) c.plot.setSize({ width: Math.max(200, c.cell.clientWidth - 8), height: CHART_HEIGHT });
  });

  // ---- snapshots ---------------------------------------------------------------------------

  /** The run's searches (quality-diversity heatmaps), redrawn only when one changed. */
  async function loadSearches() {
    const answer = await getJson('api/searches');
    const seen = JSON.stringify(answer.searches);
    if (seen === s.searchesSeen) return;
    s.searchesSeen = seen;
    const box = $('searches');
    box.replaceChildren();
    if (!answer.searches.length) return;
    const head = document.createElement('h2');
    head.textContent = 'searches';
    box.append(head);
    for (const search of answer.searches) {
      const figure = document.createElement('figure');
      if (search.version) {
        const img = document.createElement('img');
        img.src = 'search/' + encodeURIComponent(search.name) + '/heatmap.png?v=' + search.version;
        img.alt = 'heatmap of search ' + search.name;
        figure.append(img);
      }
      const caption = document.createElement('figcaption');
      const name = document.createElement('b');
      name.textContent = search.name + ' (' + search.state + ')';
      caption.append(name, search.summary);
      figure.append(caption);
      box.append(figure);
    }
  }

  /** The piece's sweeps, each linked to its page, with its contact sheet; redrawn when changed. */
  async function loadSweeps() {
    const answer = await getJson('api/sweeps');
    const seen = JSON.stringify(answer.sweeps);
    if (seen === s.sweepsSeen) return;
    s.sweepsSeen = seen;
    const box = $('sweeps');
    box.replaceChildren();
    if (!answer.sweeps.length) return;
    const head = document.createElement('h2');
    head.textContent = 'sweeps of this piece';
    box.append(head);
    for (const sweep of answer.sweeps) {
      const figure = document.createElement('figure');
      const link = document.createElement('a');
      link.href = sweep.address;
      if (sweep.sheet) {
        const img = document.createElement('img');
        img.src = sweep.address + 'sheet.png?v=' + sweep.sheet;
        img.alt = 'contact sheet of sweep ' + sweep.name;
        link.append(img);
      }
      const caption = document.createElement('figcaption');
      const name = document.createElement('a');
      name.href = sweep.address;
      name.textContent = sweep.name;
      caption.append(name, ' (' + sweep.state + '): ' + sweep.varies + ', ' + sweep.scored + ' of ' + sweep.runs + ' runs scored');
      figure.append(link, caption);
      box.append(figure);
    }
  }

  async function loadSnapshots() {
    const answer = await getJson('api/snapshots');
    if (answer.run !== s.run) return;
    const known = s.snapshots.length;
    s.snapshots = answer.snapshots;
    const strip = $('strip');
    if (s.snapshots.length < known) strip.innerHTML = '';
    for (let i = strip.children.length; i < s.snapshots.length; i++) {
      const img = document.createElement('img');
      img.src = url(s.snapshots[i].ensemble);
      img.loading = 'lazy';
      img.title = 'step ' + s.snapshots[i].step;
      img.addEventListener('click', () => select(i));
      strip.appendChild(img);
    }
    $('scrub').max = Math.max(0, s.snapshots.length - 1);
    showSnapshot();
  }

  function url(file) {
    return 'snapshots/' + encodeURIComponent(file) + '?run=' + encodeURIComponent(s.run);
  }

  function shownSnapshot() {
    if (!s.snapshots.length) return null;
    return s.snapshots[s.selected >= 0 ? Math.min(s.selected, s.snapshots.length - 1) : s.snapshots.length - 1];
  }

  function select(i) {
    s.selected = i >= s.snapshots.length - 1 ? -1 : Math.max(0, i);
    showSnapshot();
    s.charts.forEach((c) => c.plot.redraw(false));
  }

  function showSnapshot() {
    const shown = shownSnapshot();
    if (!shown) return;
    const index = s.snapshots.indexOf(shown);
    const order = pieceOrder().filter((n) => shown.generators[n]);
    const names = order.concat(Object.keys(shown.generators).filter((n) => !order.includes(n)));
    const grids = $('grids');
    if (grids.dataset.step !== String(shown.step) || grids.children.length !== names.length) {
      grids.innerHTML = '';
      for (const name of names) {
        const figure = document.createElement('figure');
        const img = document.createElement('img');
        img.src = url(shown.generators[name]);
        img.alt = name + ' at step ' + shown.step;
        const caption = document.createElement('figcaption');
        caption.textContent = name;
        figure.append(img, caption);
        grids.appendChild(figure);
      }
      grids.dataset.step = shown.step;
      document.body.dataset.snapshot = shown.step;
    }
    const latest = s.selected < 0;
    $('snapshot-label').textContent =
      'snapshot · step ' + shown.step + (latest ? ' · latest' : ' · ' + (index + 1) + ' of ' + s.snapshots.length);
    $('follow').disabled = latest;
    $('scrub').value = index;
    [...$('strip').children].forEach((img, i) => img.classList.toggle('selected', i === index));
    const thumb = $('strip').children[index];
    if (thumb && latest) thumb.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  $('scrub').addEventListener('input', (e) => select(Number(e.target.value)));
  $('follow').addEventListener('click', () => select(s.snapshots.length - 1));
  document.addEventListener('keydown', (e) => {
    if (!s.snapshots.length || e.target.tagName === 'INPUT') return;
    const current = s.selected < 0 ? s.snapshots.length - 1 : s.selected;
    if (e.key === 'ArrowLeft') select(current - 1);
    if (e.key === 'ArrowRight') select(current + 1);
  });

  // ---- header and events -------------------------------------------------------------------

  function showOverview() {
    const o = s.overview;
    const info = o.info || {};
    $('title').textContent = info.title || info.piece || 'Equilibria';
    document.title = (info.title || 'run') + ' · Equilibria';
    $('run').textContent = o.run + (o.live ? '' : ' (from the run folder)');
    const stateText = info.state || 'starting';
    const badge = $('state');
    badge.className = 'badge ' + stateText;
    // Without the training process behind the page, "running" is only what run.json last said.
    badge.textContent = stateText === 'running' && !o.live ? 'running (as recorded)' : stateText;
    if (info.guard_stop) badge.textContent = stateText + ' by the guard';
    badge.title = info.guard_stop || '';
    const l = o.latest;
    $('step').textContent = l ? l.step + 1 + (info.total_steps ? ' / ' + info.total_steps : '') : '–';
    $('stage').textContent = l ? l.stage + 1 + (o.stages ? ' of ' + o.stages : '') : '–';
    $('resolution').textContent = l ? l.resolution + ' px' : '–';
    $('fade').textContent = l ? (l.alpha < 1 ? l.alpha.toFixed(2) : 'done') : '–';
    const sps = o.pace && o.pace.seconds_per_step;
    $('rate').textContent = sps ? (sps < 1 ? (1 / sps).toFixed(1) + ' steps/s' : sps.toFixed(1) + ' s/step') : '–';
    const left = o.pace && o.pace.seconds_left;
    $('left').textContent = left != null ? duration(left) : '–';
  }

  function duration(seconds) {
    const t = Math.round(seconds);
    const h = Math.floor(t / 3600);
    const m = Math.floor((t % 3600) / 60);
    const sec = t % 60;
    if (h) return h + 'h ' + String(m).padStart(2, '0') + 'm';
    if (m) return m + 'm ' + String(sec).padStart(2, '0') + 's';
    return sec + 's';
  }

  function showEvents() {
    const list = $('events');
    if (s.events.length === s.eventsShown) return;
    s.eventsShown = s.events.length;
    list.innerHTML = '';
    for (const e of s.events.slice(-200).reverse()) {
      const li = document.createElement('li');
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = 'step ' + e.step + (e.network ? ' · ' + e.network : '');
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = e.kind || 'event';
      li.append(where, kind, document.createTextNode(e.message || ''));
      list.appendChild(li);
    }
  }

  function connection(ok) {
    Page.connection(ok, 'server stopped (training over?) · reconnecting by itself');
  }

  poll();
})();
