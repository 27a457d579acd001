// The page's behaviour: filters for the asks table, and the graph of paragraphs and instruments drawn in SVG
// from the data the page carries. No library, no network.
(function () {
  "use strict";
  var actor = document.getElementById("f-actor");
  var cls = document.getElementById("f-class");
  var strength = document.getElementById("f-strength");
  var count = document.getElementById("asks-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#asks-table tbody tr"));
  function filter() {
    var shown = 0;
    rows.forEach(function (row) {
      var keep = (!actor.value || row.dataset.actor === actor.value) &&
        (!cls.value || row.dataset.class === cls.value) &&
        Number(row.dataset.strength) >= Number(strength.value);
      row.hidden = !keep;
      if (keep) { shown++; }
    });
    count.textContent = shown + " of " + rows.length + " asks";
  }
  [actor, cls, strength].forEach(function (select) { if (select) { select.addEventListener("change", filter); } });

  var data = JSON.parse(document.getElementById("model").textContent);
  var box = document.getElementById("graph-box");
  var ns = "http://www.w3.org/2000/svg";
  if (!data.links.length) {
    box.textContent = "No paragraph cites an instrument.";
    return;
  }
  var step = 22, top = 16, width = 560;
  var height = top * 2 + step * Math.max(data.parts.length, data.instruments.length);
  var svg = document.createElementNS(ns, "svg");
  svg.setAttribute("viewBox", "0 0 " + width + " " + height);
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", "Paragraphs and the instruments they cite");
  var left = {}, right = {};
  data.parts.forEach(function (part, i) { left[part] = top + i * step; });
  data.instruments.forEach(function (instrument, i) { right[instrument.id] = top + i * step; });
  data.links.forEach(function (link) {
    var line = document.createElementNS(ns, "line");
    line.setAttribute("x1", 90); line.setAttribute("y1", left[link[0]]);
    line.setAttribute("x2", 300); line.setAttribute("y2", right[link[1]]);
    line.setAttribute("data-link", link[0] + " " + link[1]);
    svg.appendChild(line);
  });
  function node(x, y, label, href, anchor) {
    var a = document.createElementNS(ns, "a");
    a.setAttribute("href", href);
    a.setAttribute("aria-label", label);
    var circle = document.createElementNS(ns, "circle");
    circle.setAttribute("cx", x); circle.setAttribute("cy", y); circle.setAttribute("r", 4);
    var text = document.createElementNS(ns, "text");
    text.setAttribute("x", anchor === "end" ? x - 8 : x + 8); text.setAttribute("y", y + 4);
    text.setAttribute("text-anchor", anchor);
    text.textContent = label;
    a.appendChild(circle); a.appendChild(text);
    svg.appendChild(a);
  }
  data.parts.forEach(function (part) { node(90, left[part], part, "#" + part, "end"); });
  data.instruments.forEach(function (instrument) {
    var label = instrument.name.length > 38 ? instrument.name.slice(0, 36) + "..." : instrument.name;
    node(300, right[instrument.id], label, "#instrument-" + instrument.id, "start");
  });
  box.appendChild(svg);
}());
