// The report page's graph drawing (plain ES2020, runs in the browser; no backticks or template
// placeholders inside so it can live in this raw string). `window.blastmapGraph.draw(box, spec)`
// measures every label, asks ELK (layered, left to right) for node positions, edge routes and edge
// label positions, and draws the result as SVG. Nodes are boxes sized to their label and ELK places
// edge labels as boxes of their own, so no two labels can overlap. Text reaches the SVG through
// textContent only.
export const GRAPH_SCRIPT = String.raw`(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var NODE_H = 26, PAD_X = 10, ICON = 12, EDGE_LABEL_H = 16, MAX_LABEL = 56;

  function svg(tag, attrs, parent) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(e);
    return e;
  }
  function text(parent, cls, value, x, y) {
    var t = svg('text', { 'class': cls, x: x, y: y }, parent);
    t.textContent = value;
    return t;
  }
  // Very long names are shortened on the drawing; the full name is the node's tooltip and is in
  // the evidence panel.
  function shown(label) { return label.length > MAX_LABEL ? label.slice(0, MAX_LABEL - 1) + '\u2026' : label; }

  // Widths of the labels as the page's font draws them, measured in a hidden SVG.
  function measure(box, labels) {
    var probe = svg('svg', { 'class': 'graph-svg', width: 10, height: 10 });
    probe.style.position = 'absolute'; probe.style.visibility = 'hidden';
    box.appendChild(probe);
    var widths = labels.map(function (l) {
      var t = text(probe, l.cls, l.text, 0, 0);
      return Math.ceil(t.getComputedTextLength());
    });
    box.removeChild(probe);
    return widths;
  }

  function shapeIcon(parent, shape, color, x, y) {
    var h = ICON / 2, a;
    if (shape === 'square') a = svg('rect', { x: x, y: y - h, width: ICON, height: ICON }, parent);
    else if (shape === 'diamond') a = svg('polygon', { points: [x + h, y - h, x + ICON, y, x + h, y + h, x, y].join(' ') }, parent);
    else if (shape === 'triangle') a = svg('polygon', { points: [x + h, y - h, x + ICON, y + h, x, y + h].join(' ') }, parent);
    else a = svg('circle', { cx: x + h, cy: y, r: h }, parent);
    a.setAttribute('fill', color);
    a.setAttribute('class', 'icon');
    return a;
  }

  // spec: { nodes: [{ id, label, color, shape, source }], edges: [{ id, from, to, label, color, dashed }],
  //         onNode(id), onEdge(id) }. Resolves to { nodes: {id: g}, edges: {id: g}, width, height }.
  function draw(box, spec) {
    var nodeLabels = spec.nodes.map(function (n) { return { cls: 'node-label' + (n.source ? ' source' : ''), text: shown(n.label) }; });
    var edgeLabels = spec.edges.map(function (e) { return { cls: 'edge-label', text: shown(e.label) }; });
    var widths = measure(box, nodeLabels.concat(edgeLabels));
    var elkGraph = {
      id: 'root',
      layoutOptions: {
        'elk.algorithm': 'layered',
        'elk.direction': 'RIGHT',
        'elk.edgeRouting': 'ORTHOGONAL',
        'elk.edgeLabels.placement': 'CENTER',
        // Network simplex draws straighter paths but grows fast with the graph (measured: 2.3 times
        // Brandes-Koepf's time at 120 nodes); big graphs get the default.
        'elk.layered.nodePlacement.strategy': spec.nodes.length <= 40 ? 'NETWORK_SIMPLEX' : 'BRANDES_KOEPF',
        'elk.layered.spacing.nodeNodeBetweenLayers': '24',
        'elk.layered.spacing.edgeNodeBetweenLayers': '10',
        'elk.spacing.nodeNode': '14',
        'elk.spacing.edgeLabel': '4',
        'elk.spacing.edgeEdge': '8',
        'elk.padding': '[top=16,left=16,bottom=16,right=16]',
      },
      children: spec.nodes.map(function (n, i) {
        return { id: 'n' + n.id, width: widths[i] + PAD_X * 3 + ICON, height: NODE_H };
      }),
      edges: spec.edges.map(function (e, i) {
        return {
          id: 'e' + e.id, sources: ['n' + e.from], targets: ['n' + e.to],
          labels: [{ id: 'l' + e.id, text: edgeLabels[i].text, width: widths[nodeLabels.length + i] + 6, height: EDGE_LABEL_H }],
        };
      }),
    };
    return new ELK().layout(elkGraph).then(function (laid) {
      while (box.firstChild) box.removeChild(box.firstChild);
      var root = svg('svg', { 'class': 'graph-svg', role: 'img', 'aria-label': 'attack graph' }, box);
      var width = Math.ceil(laid.width), height = Math.ceil(laid.height);
      root.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
      var defs = svg('defs', {}, root);
      var colors = {};
      spec.edges.forEach(function (e) { colors[e.color] = true; });
      var markerOf = {};
      Object.keys(colors).forEach(function (c, k) {
        var m = svg('marker', { id: 'arrow-' + k, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' }, defs);
        svg('path', { d: 'M0,0 L10,5 L0,10 z', fill: c }, m);
        markerOf[c] = 'url(#arrow-' + k + ')';
      });
      var edgeLayer = svg('g', { 'class': 'edges' }, root);
      var nodeLayer = svg('g', { 'class': 'nodes' }, root);
      var out = { nodes: {}, edges: {}, width: width, height: height, root: root };
      var byId = {};
      spec.edges.forEach(function (e) { byId['e' + e.id] = e; });
      (laid.edges || []).forEach(function (le) {
        var e = byId[le.id];
        var g = svg('g', { 'class': 'edge', 'data-edge': e.id }, edgeLayer);
        (le.sections || []).forEach(function (sec) {
          var pts = [sec.startPoint].concat(sec.bendPoints || [], [sec.endPoint]);
          var d = pts.map(function (p, k) { return (k ? 'L' : 'M') + p.x + ',' + p.y; }).join(' ');
          svg('path', { 'class': 'edge-hit', d: d }, g);
          var line = svg('path', { 'class': 'edge-line', d: d, stroke: e.color, 'marker-end': markerOf[e.color] }, g);
          if (e.dashed) line.setAttribute('stroke-dasharray', '6 4');
        });
        (le.labels || []).forEach(function (l) {
          var lg = svg('g', { 'class': 'edge-label-box' }, g);
          svg('rect', { x: l.x, y: l.y, width: l.width, height: l.height, rx: 3 }, lg);
          text(lg, 'edge-label', l.text, l.x + 3, l.y + l.height - 4);
        });
        g.addEventListener('click', function (ev) { ev.stopPropagation(); spec.onEdge(e.id); });
        out.edges[e.id] = g;
      });
      var nodeById = {};
      spec.nodes.forEach(function (n) { nodeById['n' + n.id] = n; });
      laid.children.forEach(function (c) {
        var n = nodeById[c.id];
        var g = svg('g', { 'class': 'node' + (n.source ? ' source' : ''), 'data-node': n.id, transform: 'translate(' + c.x + ',' + c.y + ')' }, nodeLayer);
        svg('title', {}, g).textContent = n.label;
        var r = svg('rect', { 'class': 'node-box', width: c.width, height: c.height, rx: 5 }, g);
        r.setAttribute('stroke', n.color);
        shapeIcon(g, n.shape, n.color, PAD_X, c.height / 2);
        text(g, 'node-label' + (n.source ? ' source' : ''), shown(n.label), PAD_X * 2 + ICON, c.height / 2 + 4.5);
        g.addEventListener('click', function (ev) { ev.stopPropagation(); spec.onNode(n.id); });
        out.nodes[n.id] = g;
      });
      root.addEventListener('click', function () { spec.onBackground(); });
      out.zoom = function (how) { out.scale = zoomed(box, root, width, height, out.scale, how); };
      out.scale = zoomed(box, root, width, height, 1, 'start');
      return out;
    });
  }

  // The drawing opens at its natural size when it fits, else scaled down to fit the box but not
  // below 75 % (labels stay readable; the box scrolls). 'in', 'out' and 'fit' change the scale.
  function zoomed(box, root, width, height, scale, how) {
    var fit = Math.min(1, (box.clientWidth - 4) / width, (box.clientHeight - 4) / height);
    if (how === 'start') scale = Math.max(0.75, fit);
    else if (how === 'fit') scale = fit;
    else if (how === 'in') scale = Math.min(3, scale * 1.25);
    else if (how === 'out') scale = Math.max(0.1, scale / 1.25);
    root.setAttribute('width', String(Math.round(width * scale)));
    root.setAttribute('height', String(Math.round(height * scale)));
    return scale;
  }

  window.blastmapGraph = { draw: draw };
})();
`;
