// The compare page: two levels picked with the selects (or named in the
// address, #from..to), and the diff `ladder diff` computed for them, read from
// the data the page embeds. Text goes into the page as text, never as markup.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("ladder-diffs").textContent);
  var from = document.getElementById("from");
  var to = document.getElementById("to");
  var out = document.getElementById("result");
  var names = {};
  data.levels.forEach(function (l) { names[l.id] = l.name; });

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined) { node.textContent = text; }
    return node;
  }
  function list(title, items, show) {
    if (!items.length) { return; }
    out.appendChild(el("h3", title));
    var ul = el("ul");
    items.forEach(function (item) { ul.appendChild(el("li", show(item))); });
    out.appendChild(ul);
  }
  function range(r) { return r ? r.min + "–" + r.max : "—"; }
  function render() {
    out.textContent = "";
    var key = from.value + ".." + to.value;
    var diff = data.diffs[key];
    if (!diff) {
      out.appendChild(el("p", "This ladder is large: the page holds the diffs of neighbouring levels only. Run `ladder diff " + from.value + " " + to.value + "` for this pair."));
      return;
    }
    out.appendChild(el("h2", names[diff.from.id] + " → " + names[diff.to.id]));
    var facts = el("dl");
    facts.className = "facts";
    function fact(key, value) { facts.appendChild(el("dt", key)); facts.appendChild(el("dd", value)); }
    fact("Direction", diff.direction);
    fact("Route", diff.path.length ? diff.path.map(function (id) { return names[id]; }).join(" → ") : "no route joins these levels");
    var c = diff.changes;
    if (c.role.from !== c.role.to) { fact("Role", c.role.from + " → " + c.role.to); }
    if (c.scope.from !== c.scope.to) { fact("Scope", c.scope.from + " → " + c.scope.to); }
    if (range(c.coding.from) !== range(c.coding.to)) { fact("Coding", range(c.coding.from) + " → " + range(c.coding.to)); }
    if (range(c.span.from) !== range(c.span.to)) { fact("Span", range(c.span.from) + " → " + range(c.span.to)); }
    out.appendChild(facts);
    var skill = function (s) { return s.name + " (" + s.category + ")"; };
    var duty = function (d) { return d.name; };
    list("Skills gained", diff.skills.gained, skill);
    list("Skills dropped", diff.skills.dropped, skill);
    list("Skills kept", diff.skills.kept, skill);
    list("Responsibilities gained", diff.responsibilities.gained, duty);
    list("Responsibilities dropped", diff.responsibilities.dropped, duty);
    list("Responsibilities kept", diff.responsibilities.kept, duty);
    list("Shifts along the route", diff.shifts, function (s) { return names[s.level] + ": " + s.text; });
  }
  function pick() {
    history.replaceState(null, "", "#" + from.value + ".." + to.value);
    render();
  }
  function fromAddress() {
    var parts = decodeURIComponent(location.hash.slice(1)).split("..");
    if (parts.length === 2 && names[parts[0]] && names[parts[1]]) {
      from.value = parts[0];
      to.value = parts[1];
    }
    render();
  }
  from.addEventListener("change", pick);
  to.addEventListener("change", pick);
  window.addEventListener("hashchange", fromAddress);
  document.getElementById("pick").hidden = false;
  fromAddress();
})();
