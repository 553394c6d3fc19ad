// The compare page: two levels picked with the selects (or named in the
// address, #from..to), and their diff worked out here from the ladder's data
// the page embeds, as `ladder diff` works it out (src/commands/diff.rs). Text
// goes into the page as text, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ladder-data").textContent);
  var from = document.getElementById("from");
  var to = document.getElementById("to");
  var out = document.getElementById("result");
  var names = Object.create(null), index = Object.create(null), keys = Object.create(null);
  // A level is named in an address as `ladder` takes a name: by its id, an
  // alias or its name, in any case (src/ladder/text/mod.rs `fold`).
  function fold(text) { return text.trim().toLowerCase().normalize("NFC"); }
  data.levels.forEach(function (l, i) {
    names[l.id] = l.name;
    index[l.id] = i;
    [l.name].concat(l.aliases, [l.id]).forEach(function (key) { keys[fold(key)] = l.id; });
  });
  // A name set apart from the text around it (U+2068 … U+2069), so that one
  // in a right-to-left script beside another keeps the route's order.
  function iso(text) { return "\u2068" + text + "\u2069"; }

  // The shortest route (src/ladder/route.rs): breadth first, promotions before
  // lateral moves before steps down; among routes of equal length the one with
  // the fewest steps that are not promotions, then one entering each level by
  // a promotion, and among those the first found.
  function route(a, b) {
    var best = [], queue = [a];
    best[a] = { steps: 0, aside: 0, previous: -1 };
    for (var head = 0; head < queue.length; head++) {
      var level = queue[head];
      if (level === b) { break; }
      var at = best[level];
      data.levels[level].edges.forEach(function (edge) {
        var next = edge[0], steps = at.steps + 1, aside = at.aside + (edge[1] === "up" ? 0 : 1);
        var known = best[next];
        if (!known) {
          best[next] = { steps: steps, aside: aside, previous: level, step: edge[1] };
          queue.push(next);
        } else if (steps < known.steps || (steps === known.steps && (aside < known.aside ||
            (aside === known.aside && edge[1] === "up" && known.step !== "up")))) {
          best[next] = { steps: steps, aside: aside, previous: level, step: edge[1] };
        }
      });
    }
    if (!best[b]) { return { levels: [], shifted: [] }; }
    // The levels, and those whose shift applies (src/commands/shared.rs,
    // route_and_shifted): entered by a promotion, or across into a level no
    // promotion leads to.
    var path = [b], shifted = [];
    var promotedInto = function (l) { return data.levels[l].edges.some(function (e) { return e[1] === "down"; }); };
    for (var l = b; best[l].previous !== -1; l = best[l].previous) {
      if (best[l].step === "up" || (best[l].step === "across" && !promotedInto(l))) { shifted.push(l); }
      path.push(best[l].previous);
    }
    return { levels: path.reverse(), shifted: shifted.reverse() };
  }
  // Gained (in the second list's order), dropped (the first's) and kept (the second's).
  function delta(before, after, key) {
    var had = new Set(before.map(key)), has = new Set(after.map(key));
    return {
      gained: after.filter(function (x) { return !had.has(key(x)); }),
      dropped: before.filter(function (x) { return !has.has(key(x)); }),
      kept: after.filter(function (x) { return had.has(key(x)); })
    };
  }
  // A kept responsibility named otherwise before says what it was called
  // (src/commands/delta.rs, duty_delta).
  function renamed(split, before) {
    var names = new Map(before.map(function (d) { return [d.id, d.name]; }));
    split.kept = split.kept.map(function (d) {
      var was = names.get(d.id);
      return was !== d.name ? { id: d.id, name: d.name, was: was } : d;
    });
    return split;
  }
  // The diff of levels a and b, in the shape `ladder --format json diff` writes.
  function diffOf(a, b) {
    var x = data.levels[a], y = data.levels[b], walk = route(a, b), path = walk.levels;
    var skill = function (s) { return data.skills[s]; };
    var mix = {};
    data.categories.forEach(function (c, i) { mix[c.id] = { from: x.mix[i], to: y.mix[i] }; });
    return {
      from: { id: x.id }, to: { id: y.id },
      direction: a === b ? "same" : y.depth > x.depth ? "up" : y.depth < x.depth ? "down" : "across",
      path: path.map(function (l) { return data.levels[l].id; }),
      changes: {
        role: { from: x.role, to: y.role }, scope: { from: x.scope, to: y.scope },
        coding: { from: x.coding, to: y.coding }, span: { from: x.span, to: y.span },
        track: { from: x.track, to: y.track }
      },
      skill_mix: mix,
      skills: delta(x.skills.map(skill), y.skills.map(skill), function (s) { return s.id; }),
      responsibilities: renamed(delta(x.duties, y.duties, function (d) { return d.id; }), x.duties),
      shifts: walk.shifted.map(function (l) { return data.levels[l]; })
        .filter(function (l) { return l.shift !== null && l.shift !== undefined; })
        .map(function (l) { return { level: l.id, text: l.shift }; })
    };
  }

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function list(title, items, show, kind) {
    if (!items.length) { return; }
    out.appendChild(el("h3", title));
    var ul = el("ul");
    if (kind) { ul.className = kind; }
    items.forEach(function (item) { ul.appendChild(el("li", show(item))); });
    out.appendChild(ul);
  }
  // The two levels' skill mixes overlaid: the chart src/output/svg/mix.rs draws
  // (`mix`), with the geometry and scale the page is given, for the pair picked here.
  var SVG = "http://www.w3.org/2000/svg";
  var LABEL = data.mix.label, BAR = data.mix.bar, ROW = data.mix.row, GAP = data.mix.gap;
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function mix(diff) {
    // Names as `ladder` cuts them (src/output/svg/mod.rs `clip`), from the data.
    var series = [names[diff.from.id], names[diff.to.id]];
    var shorts = [data.levels[index[diff.from.id]].short, data.levels[index[diff.to.id]].short];
    var most = Math.max(data.most, 1), legend = series.length * 18 + 6, group = series.length * ROW + GAP;
    var width = LABEL + BAR + 30, height = legend + data.categories.length * group + 4;
    var words = data.categories.map(function (c) { var m = diff.skill_mix[c.id]; return c.name + " " + m.from + " → " + m.to; });
    var chart = svg("svg", { "class": "mix", viewBox: "0 0 " + width + " " + height, width: width, height: height, role: "img",
      "aria-label": "Skills by category: " + series.join(" → ") + ": " + words.join(", ") });
    series.forEach(function (name, s) {
      var y = 4 + s * 18;
      chart.appendChild(svg("rect", { x: 0, y: y, width: 12, height: 12, "class": "mix-bar mix-" + s }));
      chart.appendChild(svg("text", { x: 18, y: y + 11, "class": "mix-label" }, shorts[s]));
    });
    data.categories.forEach(function (c, i) {
      var top = legend + i * group, m = diff.skill_mix[c.id];
      chart.appendChild(svg("text", { x: 0, y: top + series.length * ROW / 2 + 5, "class": "mix-label" }, c.short));
      [m.from, m.to].forEach(function (count, s) {
        var y = top + s * ROW, bar = Math.floor(BAR * Math.min(count, most) / most);
        chart.appendChild(svg("rect", { x: LABEL, y: y + 1, width: bar, height: ROW - 2, "class": "mix-bar mix-" + s }));
        chart.appendChild(svg("text", { x: LABEL + bar + 4, y: y + ROW - 1, "class": "mix-count" }, String(count)));
      });
    });
    var box = el("div");
    box.className = "chart";
    box.appendChild(chart);
    return box;
  }
  function range(r) { return r ? r.min + "–" + r.max : "—"; }
  function render(note) {
    out.textContent = "";
    if (note) { out.appendChild(el("p", note)); }
    var diff = diffOf(index[from.value], index[to.value]);
    out.appendChild(el("h2", iso(names[diff.from.id]) + " → " + iso(names[diff.to.id])));
    var facts = el("dl");
    facts.className = "facts";
    function fact(key, value) { facts.appendChild(el("dt", key)); facts.appendChild(el("dd", value)); }
    var trackNames = {};
    data.tracks.forEach(function (t) { trackNames[t.id] = t.name; });
    fact("Direction", diff.direction);
    fact("Route", diff.path.length ? diff.path.map(function (id) { return iso(names[id]); }).join(" → ") : "no route joins these levels");
    var c = diff.changes;
    if (c.role.from !== c.role.to) { fact("Role", c.role.from + " → " + c.role.to); }
    if (c.scope.from !== c.scope.to) { fact("Scope", c.scope.from + " → " + c.scope.to); }
    if (range(c.coding.from) !== range(c.coding.to)) { fact("Coding", range(c.coding.from) + " → " + range(c.coding.to)); }
    if (range(c.span.from) !== range(c.span.to)) { fact("Span", range(c.span.from) + " → " + range(c.span.to)); }
    if (c.track.from !== c.track.to) { fact("Track", iso(trackNames[c.track.from]) + " → " + iso(trackNames[c.track.to])); }
    out.appendChild(facts);
    var categoryNames = {};
    data.categories.forEach(function (c) { categoryNames[c.id] = c.name; });
    var skill = function (s) { return s.name + " (" + categoryNames[s.category] + ")"; };
    var duty = function (d) { return d.was === undefined ? d.name : d.name + " (was: " + d.was + ")"; };
    if (data.categories.some(function (c) { var m = diff.skill_mix[c.id]; return m.from || m.to; })) {
      out.appendChild(el("h3", "Skill mix"));
      out.appendChild(mix(diff));
    }
    if (!diff.skills.gained.length && !diff.skills.dropped.length && !diff.skills.kept.length) {
      out.appendChild(el("p", "Neither level lists any skill."));
    }
    list("Skills gained", diff.skills.gained, skill);
    list("Skills dropped", diff.skills.dropped, skill);
    list("Skills kept", diff.skills.kept, skill);
    list("Responsibilities gained", diff.responsibilities.gained, duty);
    list("Responsibilities dropped", diff.responsibilities.dropped, duty);
    list("Responsibilities kept", diff.responsibilities.kept, duty);
    // A shift of several paragraphs keeps its blank lines (style.css).
    // Paragraphs apart at a blank line (or one of blanks), and within one a
    // line break flowing as a space, as on a level's page.
    var flow = function (text) {
      return text.split(/\n[ \t]*(?:\n[ \t]*)+/).map(function (p) { return p.replace(/[ \t]*\n[ \t]*/g, " "); }).join("\n\n");
    };
    list("Shifts along the route", diff.shifts, function (s) { return iso(names[s.level]) + ": " + flow(s.text); }, "texts");
  }
  function pick() {
    history.replaceState(null, "", "#" + from.value + ".." + to.value);
    render();
  }
  // The pair the page opens with, shown for an address that names none.
  var first = [from.value, to.value];
  // The pair an address names: split at each ".." in turn (a name may end in
  // a full stop), the first split whose two sides are levels.
  function named(address) {
    for (var at = address.indexOf(".."); at >= 0; at = address.indexOf("..", at + 1)) {
      var a = keys[fold(address.slice(0, at))], b = keys[fold(address.slice(at + 2))];
      if (a && b) { return [a, b]; }
    }
    return null;
  }
  function fromAddress() {
    var address = null;
    // An address that is not a pair, or not even well encoded, opens the
    // first pair, and says so.
    try { address = decodeURIComponent(location.hash.slice(1)); } catch (e) { address = null; }
    var pair = address === null ? null : named(address);
    var note = "";
    if (!pair) {
      pair = first;
      if (location.hash.length > 1) {
        var parts = address === null ? [] : address.split("..");
        var unknown = parts.filter(function (part) { return part.trim() && !keys[fold(part)]; });
        note = (parts.length === 2 && unknown.length ? "No level '" + unknown.join("' or '") + "' in this ladder" : "The address names no pair of levels") +
          ": here is " + iso(names[pair[0]]) + " → " + iso(names[pair[1]]) + " instead.";
      }
    }
    from.value = pair[0];
    to.value = pair[1];
    // The address names the pair by id, as the selects do.
    var shown = "#" + pair[0] + ".." + pair[1];
    if (location.hash.length > 1 && location.hash !== shown) { history.replaceState(null, "", shown); }
    render(note);
  }
  from.addEventListener("change", pick);
  to.addEventListener("change", pick);
  window.addEventListener("hashchange", fromAddress);
  document.getElementById("pick").hidden = false;
  fromAddress();
})();
