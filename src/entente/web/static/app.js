/* entente's pages: the charts, map and networks drawn from the JSON the page embeds
   (the same JSON its /api twin returns). Libraries are vendored under /static/vendor. */
(function () {
  "use strict";
  function data(id) { return JSON.parse(document.getElementById(id || "data").textContent); }
  function esc(s) { return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
    return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]; }); }
  function scoreColour(score) {
    if (score == null) return "#999";
    return score >= 0 ? "#2e8b57" : "#c0392b";
  }
  function blues(t) {           // 0..1 -> light to dark blue
    var a = [207, 227, 245], b = [8, 48, 107];
    return "rgb(" + a.map(function (x, i) { return Math.round(x + (b[i] - x) * t); }).join(",") + ")";
  }
  function eventHtml(e) {
    var dy = e.source && e.target ? '<a class="dyad" href="/dyad/' + esc(e.source) + '/' + esc(e.target) + '">' +
      esc(e.source) + ' → ' + esc(e.target) + '</a>' : esc(e.source || "?") + " → " + esc(e.target || "–");
    var srcs = (e.sources || []).map(function (s) {
      return '<li><a href="/article/' + esc(s.document) + '#c-' + esc(e.id) + '">' + esc(s.title || s.document) + '</a>' +
        (s.published ? " · " + esc(s.published) : "") + "</li>"; }).join("");
    return '<li class="event status-' + esc(e.status) + '"><div class="ev-head"><span class="badge type">' + esc(e.type) +
      '</span> <span class="badge st-' + esc(e.status) + '">' + esc(e.status) + '</span> ' + dy +
      ' <span class="date">' + esc(e.date || e.day || "undated") + '</span></div><blockquote class="sentence">' +
      esc(e.evidence) + '</blockquote><ul class="sources">' + srcs + '</ul></li>';
  }

  function ego(el, country, name, ties, onTap) {
    var els = [{data: {id: country, label: country, size: 34, self: 1}}];
    var max = Math.max.apply(null, ties.map(function (t) { return t.intensity; }).concat([1]));
    ties.forEach(function (t) {
      els.push({data: {id: t.partner, label: t.partner, size: 14 + 20 * t.intensity / max}});
      els.push({data: {id: country + "-" + t.partner, source: country, target: t.partner,
        w: 1 + 7 * t.intensity / max, colour: scoreColour(t.score)}});
    });
    var cy = cytoscape({container: el, elements: els,
      layout: {name: "concentric", concentric: function (n) { return n.data("self") ? 2 : 1; }, minNodeSpacing: 12},
      style: [
        {selector: "node", style: {label: "data(label)", width: "data(size)", height: "data(size)",
          "background-color": "#5b7fc7", "font-size": 10, "text-valign": "center", color: "#fff",
          "text-outline-color": "#2452a8", "text-outline-width": 1}},
        {selector: "node[self]", style: {"background-color": "#1d2330"}},
        {selector: "edge", style: {width: "data(w)", "line-color": "data(colour)", opacity: 0.7,
          "curve-style": "bezier"}}]});
    cy.on("tap", "node, edge", function (evt) { onTap(evt.target); });
    return cy;
  }

  function unwrap(g) {
    if (!g) return;
    var polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    polys.forEach(function (poly) { poly.forEach(function (ring) {
      for (var i = 1; i < ring.length; i++) {
        var dx = ring[i][0] - ring[i - 1][0];
        if (dx > 180) ring[i][0] -= 360; else if (dx < -180) ring[i][0] += 360;
      }
    }); });
  }

  var entente = {};

  entente.statePage = function () {
    var d = data(), numeric = data("numeric");
    var byCode = {}, max = 0;
    d.ties.forEach(function (t) { byCode[t.partner] = t; max = Math.max(max, t.intensity); });
    var map = L.map("map", {attributionControl: false, worldCopyJump: true, minZoom: 1,
      maxBounds: [[-90, -220], [90, 220]]}).setView([25, 20], 1);
    fetch("/static/vendor/countries-110m.json").then(function (r) { return r.json(); }).then(function (topo) {
      var geo = topojson.feature(topo, topo.objects.countries);
      // rings that cross the antimeridian (Russia, Fiji) are unwrapped, so no band crosses
      // the map; Antarctica is left out
      geo.features = geo.features.filter(function (f) { return f.id !== "010"; });
      geo.features.forEach(function (f) { unwrap(f.geometry); });
      L.geoJSON(geo, {
        style: function (f) {
          var code = numeric[String(f.id).padStart(3, "0")], t = byCode[code];
          var fill = code === d.country ? "#1d2330" : t && t.intensity > 0 ? blues(t.intensity / max) : "#ffffff";
          return {color: "#8a94a6", weight: 0.5, fillColor: fill, fillOpacity: 1};
        },
        onEachFeature: function (f, layer) {
          var code = numeric[String(f.id).padStart(3, "0")], t = byCode[code];
          var name = (f.properties && f.properties.name) || code;
          layer.bindTooltip(t ? esc(name) + ": intensity " + t.intensity + (t.score != null ? ", score " + t.score.toFixed(2) : "") : esc(name));
          if (t) layer.on("click", function () { location.href = "/dyad/" + d.country + "/" + code; });
        }}).addTo(map);
      document.getElementById("map").dataset.ready = "1";
    });
    window.cy = ego(document.getElementById("graph"), d.country, d.name, d.ties, function (el) {
      var other = el.isNode() ? el.id() : el.target().id();
      if (other !== d.country) location.href = "/dyad/" + d.country + "/" + other;
    });
  };

  entente.dyadPage = function () {
    var d = data(), weights = d.weights;
    var shade = {occurred: 1, planned: 0.6, hypothetical: 0.3, negated: 0.3};
    // cooperation in greens and blues, conflict in reds and oranges
    var coolColours = ["#2e8b57", "#3a7bd5", "#16a085", "#8e44ad", "#1f5f8b", "#7fb800", "#5dade2", "#27ae60"];
    var warmColours = ["#c0392b", "#e67e22", "#d4a017", "#8e2c1f", "#e74c3c", "#f39c12", "#a04000", "#d35400"];
    var months = {}, keys = {};
    d.events.forEach(function (e) {
      if (!e.day) return;
      var m = e.day.slice(0, 7); months[m] = 1;
      var k = e.type + "|" + e.status; keys[k] = keys[k] || {};
      keys[k][m] = (keys[k][m] || 0) + 1;
    });
    var ms = Object.keys(months).sort();
    if (ms.length) {            // every month from the first to the last, empty ones too
      var all = [], y = +ms[0].slice(0, 4), mo = +ms[0].slice(5, 7), last = ms[ms.length - 1];
      for (;;) { var s = y + "-" + String(mo).padStart(2, "0"); if (s > last) break; all.push(s); mo++; if (mo > 12) { mo = 1; y++; } }
      ms = all;
    }
    var types = Array.from(new Set(Object.keys(keys).map(function (k) { return k.split("|")[0]; }))).sort();
    var datasets = Object.keys(keys).sort().map(function (k) {
      var parts = k.split("|"), sign = (weights[parts[0]] || 0) < 0 ? -1 : 1;
      var side = types.filter(function (t) { return ((weights[t] || 0) < 0 ? -1 : 1) === sign; });
      var colours = sign < 0 ? warmColours : coolColours;
      var colour = colours[side.indexOf(parts[0]) % colours.length];
      return {label: parts[0] + " (" + parts[1] + ")", ptype: parts[0], status: parts[1],
        data: ms.map(function (m) { return sign * (keys[k][m] || 0); }),
        backgroundColor: colour + Math.round(255 * shade[parts[1]]).toString(16).padStart(2, "0"),
        borderColor: colour, borderWidth: parts[1] === "occurred" ? 0 : 1, stack: "s"};
    });
    var list = document.getElementById("dyad-events"), sel = document.getElementById("selection");
    function show(month, type, status) {
      var n = 0;
      list.querySelectorAll("li.event").forEach(function (li) {
        var ok = !month || (li.dataset.month === month && li.dataset.type === type && li.dataset.status === status);
        li.hidden = !ok; if (ok) n++;
      });
      sel.hidden = !month;
      document.getElementById("sel-label").textContent = month ? n + " " + type + " (" + status + ") in " + month : "";
    }
    document.getElementById("sel-clear").addEventListener("click", function (ev) { ev.preventDefault(); show(null); });
    window.chart = new Chart(document.getElementById("timeline"), {
      type: "bar", data: {labels: ms, datasets: datasets},
      options: {maintainAspectRatio: false, animation: false,
        scales: {x: {stacked: true}, y: {stacked: true, ticks: {precision: 0, callback: function (v) { return Math.abs(v); }},
          title: {display: true, text: "conflict ↓   events   ↑ cooperation"}}},
        plugins: {legend: {position: "bottom", labels: {boxWidth: 12, font: {size: 11}}},
          tooltip: {callbacks: {label: function (c) { return c.dataset.label + ": " + Math.abs(c.raw); }}}},
        onClick: function (evt, els) {
          if (!els.length) return;
          var ds = datasets[els[0].datasetIndex];
          show(ms[els[0].index], ds.ptype, ds.status);
          list.scrollIntoView({behavior: "smooth"});
        }}});
  };

  entente.networkPage = function () {
    var d = data(), q = new URLSearchParams(location.search), panel = document.getElementById("panel");
    var maxS = Math.max.apply(null, d.nodes.map(function (n) { return n.strength; }).concat([1]));
    var maxI = Math.max.apply(null, d.edges.map(function (e) { return e.intensity; }).concat([1]));
    var els = d.nodes.map(function (n) { return {data: {id: n.id, label: n.id, name: n.name || n.id,
      size: 12 + 30 * Math.sqrt(n.strength / maxS)}}; })
      .concat(d.edges.map(function (e) { return {data: {id: e.source + "-" + e.target, source: e.source,
        target: e.target, w: 1 + 8 * e.intensity / maxI, colour: scoreColour(e.score), edge: e}}; }));
    var cy = cytoscape({container: document.getElementById("graph"), elements: els,
      minZoom: 0.2, maxZoom: 5,
      layout: {name: "cose", animate: false, randomize: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 80; }},
      style: [
        {selector: "node", style: {label: "data(label)", width: "data(size)", height: "data(size)",
          "background-color": "#5b7fc7", "font-size": 10, color: "#1d2330", "text-valign": "bottom"}},
        {selector: "edge", style: {width: "data(w)", "line-color": "data(colour)", opacity: 0.6, "curve-style": "haystack"}},
        {selector: ":selected", style: {"background-color": "#d4a017", "line-color": "#d4a017", opacity: 1}}]});
    window.cy = cy;
    function events(params, title, link) {
      ["since", "until", "type", "region"].forEach(function (k) { if (q.get(k)) params.set(k, q.get(k)); });
      params.set("limit", "25");
      panel.innerHTML = "<h3>" + title + "</h3><p>" + link + "</p><p class='none'>Loading…</p>";
      fetch("/api/events?" + params.toString()).then(function (r) { return r.json(); }).then(function (list) {
        var body = Array.isArray(list) ? (list.length ? "<ol class='events'>" + list.map(eventHtml).join("") + "</ol>" :
          "<p class='none'>No events.</p>") : "<p class='none'>" + esc(list.error) + "</p>";
        panel.innerHTML = "<h3>" + title + "</h3><p>" + link + "</p>" + body;
      });
    }
    cy.on("tap", "node", function (evt) {
      var n = evt.target, p = new URLSearchParams({state: n.id()});
      p.delete("region");
      events(p, esc(n.data("name")), '<a href="/state/' + esc(n.id()) + '">' + esc(n.data("name")) + "'s ties →</a>");
    });
    cy.on("tap", "edge", function (evt) {
      var e = evt.target.data("edge"), p = new URLSearchParams({dyad: e.source + "-" + e.target});
      events(p, esc(e.source) + " – " + esc(e.target) + " · intensity " + e.intensity,
        '<a class="to-dyad" href="/dyad/' + esc(e.source) + "/" + esc(e.target) + '">Timeline of ' + esc(e.source) + " – " + esc(e.target) + " →</a>");
    });
    document.getElementById("graph").dataset.ready = "1";
  };

  entente.articlePage = function () {
    // a mark highlights its record and the record its marks, on hover and on follow
    function refs(el) { return (el.dataset.refs || "").split(" ").filter(Boolean); }
    function light(ids, on) {
      ids.forEach(function (id) {
        ["ev-" + id, "q-" + id].forEach(function (x) { var r = document.getElementById(x); if (r) r.classList.toggle("active", on); });
        document.querySelectorAll('.mark[data-refs~="' + id + '"]').forEach(function (m) { m.classList.toggle("active", on); });
      });
    }
    document.querySelectorAll("a.mark").forEach(function (m) {
      m.addEventListener("mouseenter", function () { light(refs(m), true); });
      m.addEventListener("mouseleave", function () { light(refs(m), false); });
    });
    function fromHash() {
      var h = location.hash.slice(1); if (!h) return;
      var el = document.getElementById(h); if (!el) return;
      var li = el.closest("li.record") || el;
      var id = li.id.replace(/^(ev|q)-/, "");
      document.querySelectorAll(".active").forEach(function (x) { x.classList.remove("active"); });
      light([id], true);
      var first = document.querySelector('.mark[data-refs~="' + id + '"]');
      (first || li).scrollIntoView({block: "center"});
    }
    window.addEventListener("hashchange", fromHash); fromHash();
  };

  window.entente = entente;
})();
