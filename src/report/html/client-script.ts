// The report page's script (plain ES2020, runs in the browser; no backticks or template placeholders
// inside so it can live in this raw string). It reads the data block, lists the ranked sources,
// draws the selected source's subgraph with graphology + sigma, and shows evidence on selection.
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
  var renderer = null, graph = null, current = null;

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
    b.title = nodeId(s.node);
    b.addEventListener('click', function () { selectSource(i); });
    list.appendChild(b);
  });
  if (!S.length) list.appendChild(el('p', 'empty', 'No sources: no task definition is used by a service or a running task.'));

  // ---------------------------------------------------------------- graph
  function layout(s) {
    // Layered by fewest steps from the source, so paths read left to right.
    var depth = {}; depth[s.node] = 0;
    var out = {};
    s.edges.forEach(function (e) { (out[E[e].f] = out[E[e].f] || []).push(E[e].t); });
    var queue = [s.node];
    while (queue.length) {
      var n = queue.shift();
      (out[n] || []).forEach(function (m) {
        if (depth[m] === undefined) { depth[m] = depth[n] + 1; queue.push(m); }
      });
    }
    var layers = [];
    s.nodes.forEach(function (n) {
      var d = depth[n] === undefined ? 0 : depth[n];
      (layers[d] = layers[d] || []).push(n);
    });
    // Spread layers so the drawing has the container's proportions, whatever the fan-out.
    var box = $('graph');
    var aspect = box.clientHeight ? box.clientWidth / box.clientHeight : 1.5;
    var widest = layers.reduce(function (m, l) { return Math.max(m, l ? l.length : 0); }, 1);
    // At least a label's width between layers, so names do not run into the next layer.
    var step = Math.max(24, (widest * 4 * aspect * 0.8) / Math.max(1, layers.length - 1));
    var yStep = Math.max(4, 30 / widest);
    var pos = {};
    layers.forEach(function (layer, d) {
      layer.forEach(function (n, k) { pos[n] = { x: d * step, y: (k - (layer.length - 1) / 2) * -yStep }; });
    });
    return pos;
  }

  function drawSource(i) {
    var s = S[i];
    var pos = layout(s);
    graph = new graphology.MultiDirectedGraph();
    s.nodes.forEach(function (n) {
      var g = groupOf(n), lk = look.groups[g];
      graph.addNode(String(n), {
        x: pos[n].x, y: pos[n].y, label: nodeLabel(n), color: lk.color, shape: lk.shape,
        size: n === s.node ? 14 : g === 'admin' ? 13 : g === 'data' ? 10 : 8,
      });
    });
    s.edges.forEach(function (e) {
      var d = E[e];
      graph.addEdgeWithKey(String(e), String(d.f), String(d.t), {
        color: look.edges[d.y] || '#999', size: 2, dashSize: d.c ? 6 : 0, label: d.q,
      });
    });
    var small = s.nodes.length <= 60;
    var r = Sigma.rendering;
    var options = {
      settings: { itemSizesReference: 'screen', enableEdgeEvents: true, stagePadding: 40, renderEdgeLabels: s.edges.length <= 12 },
      primitives: {
        nodes: { shapes: [r.sdfCircle(), r.sdfSquare(), r.sdfDiamond(), r.sdfTriangle()], layers: [r.layerFill()] },
        edges: {
          extremities: [r.extremityArrow()],
          variables: { dashSize: { type: 'number', default: 0 }, plainColor: { type: 'color', default: '#999' } },
          layers: [
            r.layerPlain({ color: { attribute: 'plainColor' } }),
            r.layerDashed({ dashSize: { attribute: 'dashSize', default: 0, mode: 'pixels' }, gapSize: { value: 5, mode: 'pixels' }, gapColor: 0 }),
          ],
        },
      },
      styles: {
        nodes: [Sigma.DEFAULT_STYLES.nodes, {
          shape: { attribute: 'shape', defaultValue: 'circle' },
          labelVisibility: small ? 'visible' : { whenState: 'isHovered', then: 'visible', else: 'auto' },
          color: function (a) { return a.dim ? '#d0d0d0' : a.color; },
        }],
        edges: [Sigma.DEFAULT_STYLES.edges, {
          head: 'arrow',
          size: function (a) { return a.hl ? 4 : a.size; },
          color: function (a) { return a.dim ? '#e0e0e0' : a.color; },
          dashSize: function (a) { return a.dashSize; },
          plainColor: function (a) { return a.dashSize ? 'rgba(0,0,0,0)' : a.dim ? '#e0e0e0' : a.color; },
        }],
      },
    };
    if (renderer) { renderer.kill(); renderer = null; }
    var container = $('graph');
    clear(container);
    renderer = new Sigma(graph, container, options);
    // Room on the right for the last layer's labels, which extend past its nodes.
    var xs = [], ys = [];
    graph.forEachNode(function (_n, a) { xs.push(a.x); ys.push(a.y); });
    var minX = Math.min.apply(null, xs), maxX = Math.max.apply(null, xs);
    var minY = Math.min.apply(null, ys), maxY = Math.max.apply(null, ys);
    renderer.setCustomBBox({ x: [minX, maxX + Math.max(24, (maxX - minX) * 0.35)], y: [minY - 2, maxY + 2] });
    renderer.refresh();
    renderer.on('clickNode', function (ev) { selectNode(Number(ev.node)); });
    renderer.on('clickEdge', function (ev) { selectEdge(Number(ev.edge)); });
    renderer.on('clickStage', function () { clearHighlight(); showSourceSummary(); });

    drawLegend(s);
  }

  function drawLegend(s) {
    var box = $('legend');
    clear(box);
    var groups = {}, types = {}, conditional = false;
    s.nodes.forEach(function (n) { groups[groupOf(n)] = true; });
    s.edges.forEach(function (e) { types[E[e].y] = true; if (E[e].c) conditional = true; });
    Object.keys(look.groups).forEach(function (g) {
      if (!groups[g]) return;
      var item = el('span', 'legend-item');
      var sw = el('span', 'swatch shape-' + look.groups[g].shape);
      sw.style.background = look.groups[g].color;
      item.appendChild(sw);
      var kinds = Object.keys(look.kinds).filter(function (k) {
        return look.kinds[k] === g && s.nodes.some(function (n) { return nodeKind(n) === k; });
      });
      item.appendChild(el('span', null, look.groups[g].title + ' (' + kinds.join(', ') + ')'));
      box.appendChild(item);
    });
    Object.keys(types).sort().forEach(function (t) {
      var item = el('span', 'legend-item');
      var sw = el('span', 'swatch line');
      sw.style.background = look.edges[t] || '#999';
      item.appendChild(sw);
      item.appendChild(el('span', null, t));
      box.appendChild(item);
    });
    if (conditional) {
      var c = el('span', 'legend-item');
      c.appendChild(el('span', 'swatch dashed'));
      c.appendChild(el('span', null, 'conditional step (depends on unresolved condition keys)'));
      box.appendChild(c);
    }
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
  }

  function clearHighlight() {
    if (!graph) return;
    graph.forEachNode(function (n) { graph.setNodeAttribute(n, 'dim', false); });
    graph.forEachEdge(function (e) { graph.mergeEdgeAttributes(e, { dim: false, hl: false }); });
  }

  function highlight(edges) {
    if (!graph) return;
    var on = {}, nodes = {};
    edges.forEach(function (e) { on[e] = true; nodes[E[e].f] = true; nodes[E[e].t] = true; });
    graph.forEachEdge(function (e) { graph.mergeEdgeAttributes(e, { dim: !on[e], hl: !!on[e] }); });
    graph.forEachNode(function (n) { graph.setNodeAttribute(n, 'dim', !nodes[n]); });
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
    p.appendChild(el('h3', null, 'Reached assets (' + current.reached + ')'));
    var t = el('table', 'assets');
    var head = el('tr');
    ['asset', 'access', 'steps', 'score'].forEach(function (h) { head.appendChild(el('th', null, h)); });
    t.appendChild(head);
    current.assets.forEach(function (a) {
      var tr = el('tr', a[3] ? 'conditional' : null);
      var link = el('button', 'link', nodeLabel(a[0]));
      link.type = 'button';
      link.addEventListener('click', function () { selectNode(a[0]); });
      var td = el('td'); td.appendChild(link); tr.appendChild(td);
      tr.appendChild(el('td', null, a[1] + (a[3] ? ' (conditional)' : '')));
      tr.appendChild(el('td', null, a[2]));
      tr.appendChild(el('td', null, a[5] ? 'via admin' : fmt(a[4])));
      t.appendChild(tr);
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
    kv(p, 'kind', nodeKind(n));
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
      var ol = el('ol', 'path');
      paths[0][1].forEach(function (e) {
        var li = el('li');
        var link = el('button', 'link', E[e].q + (E[e].c ? ' (conditional)' : '') + ' \u2192 ' + nodeLabel(E[e].t));
        link.type = 'button';
        link.addEventListener('click', function () { selectEdge(e); });
        li.appendChild(link);
        ol.appendChild(li);
      });
      p.appendChild(ol);
    } else {
      clearHighlight();
    }
  }

  function selectEdge(e) {
    if (!current || current.edges.indexOf(e) < 0) return;
    R.selected = { kind: 'edge', index: e };
    var d = E[e];
    highlight([e]);
    var p = panel(d.q);
    p.classList.add('edge-evidence');
    kv(p, 'technique', d.q);
    kv(p, 'step', nodeLabel(d.f) + ' \u2192 ' + nodeLabel(d.t));
    kv(p, 'edge type', d.y + (d.a ? ' (' + d.a + ')' : ''));
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
      (item.statements || []).forEach(function (st) {
        var text = st.policyId + (st.versionId ? ' (' + st.versionId + ')' : '') + ' statement ' + st.statement + (st.sid ? ' "' + st.sid + '"' : '');
        // SCPs, RCPs, boundaries and endpoint policies only let a request through; the others grant it.
        var gate = st.policyType === 'scp' || st.policyType === 'rcp' || st.policyType === 'boundary' || st.policyType === 'endpoint';
        kv(box, st.policyType + (gate ? ' (lets through)' : ' (grants)'), text);
      });
      p.appendChild(box);
    });
  }

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
  R.selectSource = selectSource;
  R.selectNode = function (id) { var i = N.findIndex(function (n) { return n[2] === id; }); if (i >= 0) selectNode(i); return i; };
  R.selectEdge = selectEdge;
  R.currentEdges = function () { return current ? current.edges.slice() : []; };
  R.viewportPosition = function (n) {
    if (!renderer || !graph.hasNode(String(n))) return null;
    var a = graph.getNodeAttributes(String(n));
    return renderer.graphToViewport({ x: a.x, y: a.y });
  };
  R.renderedNodeCount = function () { return graph ? graph.order : 0; };

  if (S.length) selectSource(0);
  // Sigma renders the first frame while it is constructed; the next animation frame is after it is
  // painted. That moment (ms since navigation start) is the report's load time.
  requestAnimationFrame(function () {
    R.firstDrawMs = S.length ? performance.now() : null;
    R.firstDrawSinceScriptMs = S.length ? R.firstDrawMs - started : null;
    R.ready = true;
  });
})();
`;
