// The report page's script (plain ES2020, runs in the browser; no backticks or template placeholders
// inside so it can live in this raw string). It reads the data block, lists the ranked sources,
// draws the selected source's subgraph (graph-script.ts: ELK layout, SVG) with the best path to its
// worst asset highlighted, and shows evidence on selection.
// Every piece of data reaches the DOM through textContent, never as markup.
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('blastmap-data').textContent);
  var started = performance.now();
  var R = (window.blastmapReport = { firstDrawMs: null, ready: false, selectedSource: -1, selected: null });
  // Decode the compact data block: strings are stored once and referred to by index.
  var T = data.strings;
  function str(i) { return T[i]; }
  var N = data.nodes.map(function (n) { return [T[n[0]], n[1], T[n[2]], n[3], T[n[4]]]; });
  var E = data.edges.map(function (e) {
    return { f: e[0], t: e[1], y: e[2], q: T[e[3]], a: e[4], c: e[5], k: e[6].map(str), s: e[7].map(str), e: e[8] };
  });
  function evidenceItem(x) {
    var v = data.evidence[x];
    return {
      action: T[v[0]], resource: T[v[1]], note: v[3] < 0 ? undefined : T[v[3]],
      statements: v[2].map(function (st) {
        return { policyId: T[st[0]], policyType: T[st[1]], statement: st[2], sid: st[3] < 0 ? undefined : T[st[3]], versionId: st[4] < 0 ? undefined : T[st[4]] };
      }),
    };
  }
  var S = data.sources, look = data.look;
  var current = null, drawn = null, drawing = null, drawToken = 0, hlEdges = null;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function $(id) { return document.getElementById(id); }
  function nodeLabel(i) { return N[i][0]; }
  function nodeKind(i) { return N[i][1]; }
  function nodeId(i) { return N[i][2]; }
  function groupOf(i) { return look.kinds[nodeKind(i)] || 'infrastructure'; }
  function fmt(n) { return Number(n).toFixed(2); }
  function kindWords(k) { return look.kindWords[k] || k; }
  function fixLine(f) { return 'fix: ' + f[0] + ' (radius ' + fmt(f[1]) + ' \u2192 ' + fmt(f[2]) + ')'; }

  // ---------------------------------------------------------------- sources list
  var maxScore = S.reduce(function (m, s) { return Math.max(m, s.score); }, 0) || 1;
  var list = $('sources');
  S.forEach(function (s, i) {
    var b = el('button', 'source');
    b.type = 'button';
    b.setAttribute('data-source', String(i));
    var top = el('div', 'source-top');
    top.appendChild(el('span', 'rank', '#' + (i + 1)));
    top.appendChild(el('span', 'source-name', nodeLabel(s.node)));
    top.appendChild(el('span', 'score', fmt(s.score)));
    b.appendChild(top);
    var bar = el('div', 'bar');
    var fill = el('div', 'bar-fill' + (s.admin ? ' bar-admin' : ''));
    fill.style.width = Math.max(1, Math.round((s.score / maxScore) * 100)) + '%';
    bar.appendChild(fill);
    b.appendChild(bar);
    var sub = s.reached + ' asset' + (s.reached === 1 ? '' : 's');
    if (s.admin) sub += ' \u00b7 admin of ' + s.admin;
    b.appendChild(el('div', 'source-sub', sub));
    if (s.fix) b.appendChild(el('div', 'source-fix', fixLine(s.fix)));
    b.title = nodeId(s.node);
    b.addEventListener('click', function () { selectSource(i); });
    list.appendChild(b);
  });
  if (!S.length) list.appendChild(el('p', 'empty', 'No sources: no task definition is used by a service or a running task.'));

  // ---------------------------------------------------------------- graph
  // What is drawn for a source: its paths, except those to assets it reaches only because it is
  // admin of their account (subsumedBy = admin:<account>); those are counted on the admin node.
  function drawnPart(s) {
    var subsumed = {};
    s.assets.forEach(function (a) { if (a[5]) subsumed[a[0]] = true; });
    var nodes = {}, edges = {};
    nodes[s.node] = true;
    s.paths.forEach(function (q) {
      if (subsumed[q[0]]) return;
      q[1].forEach(function (e) { edges[e] = true; nodes[E[e].f] = true; nodes[E[e].t] = true; });
    });
    return {
      nodes: s.nodes.filter(function (n) { return nodes[n]; }),
      edges: s.edges.filter(function (e) { return edges[e]; }),
    };
  }

  // The asset with the highest score (not one counted through admin) and its best path: the
  // analysis lists a source's paths best first.
  function worstPath(s) {
    var worst = null;
    s.assets.forEach(function (a) { if (!a[5] && (!worst || a[4] > worst[4])) worst = a; });
    if (!worst) return null;
    var q = s.paths.find(function (p) { return p[0] === worst[0]; });
    return q ? { target: worst[0], edges: q[1] } : null;
  }

  function collapsedCount(s, n) {
    var c = s.collapsed.find(function (x) { return x[0] === n; });
    return c ? c[1] : 0;
  }

  function drawSource(i) {
    var s = S[i], part = drawnPart(s), token = ++drawToken;
    var nodes = part.nodes.map(function (n) {
      var lk = look.groups[groupOf(n)], more = collapsedCount(s, n);
      return {
        id: n, color: lk.color, shape: lk.shape, source: n === s.node,
        label: nodeLabel(n) + (more ? ' (+' + more + ' asset' + (more === 1 ? '' : 's') + ' in it)' : ''),
      };
    });
    var edges = part.edges.map(function (e) {
      var d = E[e];
      return { id: e, from: d.f, to: d.t, label: d.q, color: look.edges[d.y] || '#999', dashed: !!d.c };
    });
    drawn = null;
    drawLegend(s, part);
    drawing = blastmapGraph.draw($('graph'), {
      nodes: nodes, edges: edges,
      onNode: function (n) { selectNode(n); },
      onEdge: function (e) { selectEdge(e); },
      onBackground: function () { showSourceSummary(); },
    }).then(function (out) {
      if (token !== drawToken) return drawing;
      drawn = out;
      applyHighlight();
      return out;
    });
    return drawing;
  }

  function drawLegend(s, part) {
    var box = $('legend');
    clear(box);
    var groups = {}, types = {}, conditional = false;
    part.nodes.forEach(function (n) { groups[groupOf(n)] = true; });
    part.edges.forEach(function (e) { types[E[e].y] = true; if (E[e].c) conditional = true; });
    Object.keys(look.groups).forEach(function (g) {
      if (!groups[g]) return;
      var item = el('span', 'legend-item');
      var sw = el('span', 'swatch shape-' + look.groups[g].shape);
      sw.style.background = look.groups[g].color;
      item.appendChild(sw);
      var kinds = Object.keys(look.kinds).filter(function (k) {
        return look.kinds[k] === g && g !== 'admin' && part.nodes.some(function (n) { return nodeKind(n) === k; });
      });
      item.appendChild(el('span', null, look.groups[g].title + (kinds.length ? ' (' + kinds.map(kindWords).join(', ') + ')' : '')));
      box.appendChild(item);
    });
    Object.keys(types).sort().forEach(function (t) {
      var item = el('span', 'legend-item');
      var sw = el('span', 'swatch line');
      sw.style.background = look.edges[t] || '#999';
      item.appendChild(sw);
      item.appendChild(el('span', null, look.edgeWords[t] || t));
      box.appendChild(item);
    });
    if (conditional) {
      var c = el('span', 'legend-item');
      c.appendChild(el('span', 'swatch dashed'));
      c.appendChild(el('span', null, 'dashed: only if conditions the snapshot cannot check hold'));
      box.appendChild(c);
    }
    var hl = el('span', 'legend-item');
    hl.appendChild(el('span', 'swatch line highlight'));
    hl.appendChild(el('span', null, 'bold: the best path to the worst asset (or the selection)'));
    box.appendChild(hl);
  }

  // ---------------------------------------------------------------- selection
  function selectSource(i) {
    if (i < 0 || i >= S.length) return;
    R.selectedSource = i; current = S[i];
    Array.prototype.forEach.call(document.querySelectorAll('button.source'), function (b) {
      b.classList.toggle('selected', Number(b.getAttribute('data-source')) === i);
    });
    $('graph-title').textContent = nodeLabel(current.node) + ' \u2014 radius ' + fmt(current.score);
    drawSource(i);
    showSourceSummary();
    return drawing;
  }

  // The highlighted steps: the best path to the worst asset unless something else is selected.
  function defaultHighlight() {
    var w = current && worstPath(current);
    return w ? w.edges : null;
  }

  function clearHighlight() { highlight(defaultHighlight()); }

  function highlight(edges) {
    hlEdges = edges && edges.length ? edges.slice() : null;
    applyHighlight();
  }

  function applyHighlight() {
    if (!drawn) return;
    var on = {}, nodes = {};
    (hlEdges || []).forEach(function (e) { on[e] = true; nodes[E[e].f] = true; nodes[E[e].t] = true; });
    var any = !!hlEdges;
    Object.keys(drawn.edges).forEach(function (e) {
      drawn.edges[e].classList.toggle('hl', !!on[e]);
      drawn.edges[e].classList.toggle('dim', any && !on[e]);
    });
    Object.keys(drawn.nodes).forEach(function (n) {
      drawn.nodes[n].classList.toggle('hl', !!nodes[n]);
      drawn.nodes[n].classList.toggle('dim', any && !nodes[n]);
    });
  }

  function panel(title) {
    var p = $('evidence');
    clear(p);
    p.appendChild(el('h2', null, title));
    return p;
  }

  function kv(parent, key, value) {
    var row = el('div', 'kv');
    row.appendChild(el('span', 'k', key));
    row.appendChild(el('span', 'v', value));
    parent.appendChild(row);
  }

  function showSourceSummary() {
    if (!current) return;
    R.selected = { kind: 'source', index: R.selectedSource };
    var p = panel('Source');
    kv(p, 'source', nodeId(current.node));
    kv(p, 'blast radius', fmt(current.score));
    if (current.fix) p.appendChild(el('p', 'fix', fixLine(current.fix)));
    var w = worstPath(current);
    highlight(w ? w.edges : null);
    if (w) {
      p.appendChild(el('h3', null, 'Highlighted: the best path to ' + nodeLabel(w.target)));
      p.appendChild(pathList(w.edges));
    }
    p.appendChild(el('h3', null, 'Reached assets (' + current.reached + ')'));
    var t = el('table', 'assets');
    var head = el('tr');
    ['asset', 'access', 'steps', 'score'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    t.appendChild(head);
    current.assets.forEach(function (a) {
      if (a[5]) return;
      var tr = el('tr', a[3] ? 'conditional' : null);
      var link = el('button', 'link', nodeLabel(a[0]));
      link.type = 'button';
      link.addEventListener('click', function () { selectNode(a[0]); });
      var td = el('td'); td.appendChild(link); tr.appendChild(td);
      tr.appendChild(el('td', null, a[1] + (a[3] ? ' (conditional)' : '')));
      tr.appendChild(el('td', null, a[2]));
      tr.appendChild(el('td', null, fmt(a[4])));
      t.appendChild(tr);
      var more = collapsedCount(current, a[0]);
      if (more) {
        var row = el('tr', 'collapsed');
        var cell = el('td', null, '\u21b3 every asset of the account, through admin: ' + more + ' (listed in blastmap analyze --format json)');
        cell.colSpan = 4;
        row.appendChild(cell);
        t.appendChild(row);
      }
    });
    p.appendChild(t);
    if (current.reached > current.assets.length) {
      p.appendChild(el('p', 'hint', (current.reached - current.assets.length) + ' more reached asset(s) not drawn here (lower scores); blastmap analyze --format json lists every path.'));
    }
    p.appendChild(el('p', 'hint', 'Select a node or an edge in the graph to see its evidence.'));
  }

  function selectNode(n) {
    if (!current) return;
    if (current.nodes.indexOf(n) < 0) {
      // The node is not on this source's paths: open the first (highest ranked) source that reaches it.
      var k = S.findIndex(function (s) { return s.nodes.indexOf(n) >= 0; });
      if (k < 0) return;
      selectSource(k);
    }
    R.selected = { kind: 'node', index: n };
    var p = panel(nodeLabel(n));
    p.classList.add('node-evidence');
    kv(p, 'kind', kindWords(nodeKind(n)) + ' (' + nodeKind(n) + ')');
    kv(p, 'id', nodeId(n));
    if (N[n][3]) kv(p, 'account', N[n][3]);
    if (N[n][4] && N[n][4] !== nodeLabel(n)) kv(p, 'name', N[n][4]);
    var asset = current.assets.find(function (a) { return a[0] === n; });
    if (asset) {
      kv(p, 'access', asset[1] + (asset[3] ? ' (conditional)' : ''));
      kv(p, 'fewest steps', asset[2]);
      kv(p, 'score', asset[5] ? fmt(asset[4]) + ' (counted through ' + asset[5] + ')' : fmt(asset[4]));
    }
    var reachers = S.filter(function (s) { return s.nodes.indexOf(n) >= 0; }).length;
    kv(p, 'on the paths of', reachers + ' source' + (reachers === 1 ? '' : 's'));
    var paths = current.paths.filter(function (q) { return q[0] === n; });
    if (paths.length) {
      var steps = [];
      paths.forEach(function (q) { steps = steps.concat(q[1]); });
      highlight(steps);
      p.appendChild(el('h3', null, 'Path from ' + nodeLabel(current.node)));
      p.appendChild(pathList(paths[0][1]));
    } else {
      clearHighlight();
    }
    var more = collapsedCount(current, n);
    if (more) p.appendChild(el('p', 'hint', 'Admin of the account: every asset in it is reached (' + more + ' counted, listed in blastmap analyze --format json), so they are not drawn one by one.'));
  }

  function pathList(edges) {
    var ol = el('ol', 'path');
    edges.forEach(function (e) {
      var li = el('li');
      var link = el('button', 'link', E[e].q + (E[e].c ? ' (conditional)' : '') + ' \u2192 ' + nodeLabel(E[e].t));
      link.type = 'button';
      link.addEventListener('click', function () { selectEdge(e); });
      li.appendChild(link);
      ol.appendChild(li);
    });
    return ol;
  }

  function nodeIndexOf(id) { var i = N.findIndex(function (x) { return x[2] === id; }); return i; }

  function selectEdge(e) {
    if (!current || current.edges.indexOf(e) < 0) return;
    R.selected = { kind: 'edge', index: e };
    var d = E[e];
    highlight([e]);
    var p = panel(d.q);
    p.classList.add('edge-evidence');
    kv(p, 'technique', d.q);
    kv(p, 'step', nodeLabel(d.f) + ' \u2192 ' + nodeLabel(d.t));
    kv(p, 'step type', (look.edgeWords[d.y] || d.y) + ' (' + d.y + (d.a ? ', ' + d.a : '') + ')');
    kv(p, 'from', nodeId(d.f));
    kv(p, 'to', nodeId(d.t));
    if (d.c) kv(p, 'conditional on', d.k.length ? d.k.join(', ') : 'unresolved conditions');
    if (d.s.length) {
      p.appendChild(el('h3', null, 'Assumptions'));
      var ul = el('ul');
      d.s.forEach(function (s) { ul.appendChild(el('li', null, s)); });
      p.appendChild(ul);
    }
    p.appendChild(el('h3', null, 'Evidence'));
    if (!d.e.length) p.appendChild(el('p', null, 'No permission needed.'));
    d.e.forEach(function (x) {
      var item = evidenceItem(x);
      var box = el('div', 'evidence-item');
      kv(box, 'action', item.action);
      kv(box, 'resource', item.resource);
      if (item.note) kv(box, 'note', item.note);
      // SCPs are the caller's account's; RCPs the account that owns the resource.
      var owner = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):/.exec(item.resource);
      var levels = { scp: orgLevels(N[d.f][3]), rcp: orgLevels(owner ? owner[1] : N[d.t][3]) };
      (item.statements || []).forEach(function (st) {
        var text = st.policyId + (st.versionId ? ' (' + st.versionId + ')' : '') + ' statement ' + st.statement + (st.sid ? ' "' + st.sid + '"' : '');
        // SCPs, RCPs, boundaries and endpoint policies only let a request through; the others grant it.
        var gate = st.policyType === 'scp' || st.policyType === 'rcp' || st.policyType === 'boundary' || st.policyType === 'endpoint';
        var level = st.policyType === 'scp' || st.policyType === 'rcp' ? levels[st.policyType].next(st.policyType, st.policyId) : null;
        kv(box, (level ? st.policyType.toUpperCase() + ' at ' + level : st.policyType) + (gate ? ' (lets through)' : ' (grants)'), text);
      });
      p.appendChild(box);
    });
  }

  // Which organization level (root, OU, account) each SCP or RCP statement of an evidence item comes
  // from. AWS evaluates every level from the root down to the account and each must allow, so the
  // evidence lists one statement per level in that order, often the same policy (FullAWSAccess) at
  // each: the k-th mention of a policy is its k-th attachment on the account's path.
  function orgLevels(account) {
    var path = (data.org.paths[account] || []).map(function (l) { return { kind: l[0], id: l[1], name: l[2] }; });
    var used = {}, cursor = { scp: 0, rcp: 0 };
    function attachedAt(type, policyId, level) {
      var at = data.org.attached[type][policyId];
      if (at) return at.indexOf(level.id) >= 0;
      // Defaults the engine adds: RCPFullAWSAccess sits on every level, and a level with no SCP
      // listed is taken to hold FullAWSAccess.
      if (policyId === 'RCPFullAWSAccess') return type === 'rcp';
      if (policyId === 'FullAWSAccess(assumed)') return type === 'scp' && data.org.bare.indexOf(level.id) >= 0;
      return false;
    }
    function name(l) {
      if (l.kind === 'root') return 'root ' + l.id;
      if (l.kind === 'ou') return 'OU ' + (l.name ? l.name + ' (' + l.id + ')' : l.id);
      return 'account ' + l.id + (l.name ? ' (' + l.name + ')' : '');
    }
    return {
      next: function (type, policyId) {
        for (var k = cursor[type]; k < path.length; k++) {
          var key = type + ' ' + k + ' ' + policyId;
          if (used[key] || !attachedAt(type, policyId, path[k])) continue;
          used[key] = true; cursor[type] = k;
          return name(path[k]);
        }
        return null;
      },
    };
  }

  Array.prototype.forEach.call(document.querySelectorAll('.zoom button'), function (b) {
    b.addEventListener('click', function () { if (drawn) drawn.zoom(b.getAttribute('data-zoom')); });
  });

  // ---------------------------------------------------------------- search
  var search = $('search'), results = $('search-results');
  var reachable = {};
  S.forEach(function (s) { s.nodes.forEach(function (n) { reachable[n] = true; }); });
  search.addEventListener('input', function () {
    clear(results);
    var q = search.value.trim().toLowerCase();
    if (!q) return;
    var hits = [];
    for (var i = 0; i < N.length && hits.length < 25; i++) {
      var g = groupOf(i);
      if (!reachable[i] || (g !== 'principal' && g !== 'data' && g !== 'admin' && g !== 'credential' && g !== 'workload')) continue;
      if (N[i][0].toLowerCase().indexOf(q) >= 0 || N[i][2].toLowerCase().indexOf(q) >= 0) hits.push(i);
    }
    if (!hits.length) results.appendChild(el('li', 'empty', 'No principal or asset on any path matches.'));
    hits.forEach(function (n) {
      var li = el('li');
      var b = el('button', 'link', nodeLabel(n) + ' \u00b7 ' + nodeKind(n));
      b.type = 'button';
      b.title = nodeId(n);
      b.addEventListener('click', function () { selectNode(n); });
      li.appendChild(b);
      results.appendChild(li);
    });
  });

  // ---------------------------------------------------------------- test and automation hooks
  // The drawing is asynchronous (ELK lays out in steps): the hooks that read it wait for it.
  function whenDrawn(f) { return Promise.resolve(drawing).then(function () { return f(); }); }
  R.selectSource = function (i) { selectSource(i); return whenDrawn(function () { return i; }); };
  R.selectNode = function (id) { var i = nodeIndexOf(id); if (i >= 0) selectNode(i); return i; };
  R.selectEdge = selectEdge;
  R.currentEdges = function () { return current ? current.edges.slice() : []; };
  R.highlightedEdges = function () { return whenDrawn(function () { return (hlEdges || []).slice(); }); };
  R.worstPath = function () { return current ? worstPath(current) : null; };
  R.viewportPosition = function (n) {
    return whenDrawn(function () {
      if (!drawn || !drawn.nodes[n]) return null;
      var b = drawn.nodes[n].getBoundingClientRect(), c = $('graph').getBoundingClientRect();
      return { x: b.left + b.width / 2 - c.left, y: b.top + b.height / 2 - c.top };
    });
  };
  R.renderedNodeCount = function () { return whenDrawn(function () { return drawn ? Object.keys(drawn.nodes).length : 0; }); };

  var first = S.length ? selectSource(0) : null;
  // The first graph is drawn when ELK's layout has been turned into SVG; the next animation frame
  // is after it is painted. That moment (ms since navigation start) is the report's load time.
  Promise.resolve(first).then(function () {
    requestAnimationFrame(function () {
      R.firstDrawMs = S.length ? performance.now() : null;
      R.firstDrawSinceScriptMs = S.length ? R.firstDrawMs - started : null;
      R.ready = true;
    });
  }, function (err) {
    console.error('blastmap: the graph could not be drawn: ' + (err && err.message ? err.message : err));
    R.ready = true;
  });
})();
`;
