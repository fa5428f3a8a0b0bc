"use strict";
(function () {
  var $ = function (id) { return document.getElementById(id); };
  var all = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var boxes = all("#f-o input");
  var selB = $("f-b"), selD = $("f-d"), selT = $("f-t"), text = $("f-q");
  var scs = all("details.sc").map(function (el) {
    var tags = el.querySelector(".tags");
    return {
      el: el,
      b: (el.getAttribute("data-b") || "").split(" "),
      d: el.getAttribute("data-d") || "",
      r: (el.getAttribute("data-r") || "").split(" ").filter(Boolean).map(function (x) {
        var i = x.indexOf(":");
        return [x.slice(0, i), x.slice(i + 1)];
      }),
      s: (el.querySelector("summary").textContent + " " + (tags ? tags.textContent : "")).toLowerCase()
    };
  });
  var features = all("section.feature");
  var rows = all("#matrix tbody tr");
  var foot = all("#matrix tfoot td");
  var names = { pass: "pass", fail: "fail", setup: "setup", error: "error", xfail: "xfail", na: "n/a", skip: "skip" };
  var order = ["fail", "error", "setup", "xfail", "pass", "na", "skip"];
  var expand = false;

  function cellText(c) {
    var ran = c.pass + c.fail + c.setup + c.error + c.xfail;
    var parts = [];
    if (ran > 0) parts.push(c.pass + "/" + ran);
    ["fail", "setup", "error", "xfail", "na", "skip"].forEach(function (k) {
      if (c[k] > 0) parts.push(c[k] + " " + names[k]);
    });
    return parts.length ? parts.join(" \u00b7 ") : "-";
  }
  function cellState(c) {
    for (var i = 0; i < order.length; i++) if (c[order[i]] > 0) return order[i];
    return "none";
  }
  function empty() { return { pass: 0, fail: 0, setup: 0, error: 0, xfail: 0, na: 0, skip: 0 }; }
  function paint(td, c) {
    td.textContent = cellText(c);
    td.className = "c c-" + cellState(c);
  }

  function readHash() {
    var h = location.hash.slice(1);
    if (!h || h.indexOf("=") < 0) return;
    h.split("&").forEach(function (kv) {
      var i = kv.indexOf("="), k = kv.slice(0, i), v = decodeURIComponent(kv.slice(i + 1));
      if (k === "o") { var want = v.split(","); boxes.forEach(function (b) { b.checked = want.indexOf(b.value) >= 0; }); }
      if (k === "b") selB.value = v;
      if (k === "d") selD.value = v;
      if (k === "t") selT.value = v;
      if (k === "q") text.value = v;
      if (k === "x") expand = v === "1";
    });
  }
  function writeHash() {
    var parts = [];
    var on = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
    if (on.length !== boxes.length) parts.push("o=" + on.join(","));
    if (selB.value) parts.push("b=" + encodeURIComponent(selB.value));
    if (selD.value) parts.push("d=" + encodeURIComponent(selD.value));
    if (selT.value) parts.push("t=" + encodeURIComponent(selT.value));
    if (text.value) parts.push("q=" + encodeURIComponent(text.value));
    var url = parts.length ? "#" + parts.join("&") : location.href.split("#")[0];
    try { history.replaceState(null, "", url); } catch (e) { /* file: URLs in some browsers */ }
  }

  function apply(save) {
    var want = {};
    boxes.forEach(function (b) { want[b.value] = b.checked; });
    var b = selB.value, d = selD.value, t = selT.value, q = text.value.trim().toLowerCase();
    var shown = 0, tally = {}, total = {};
    scs.forEach(function (s) {
      var base = (!d || s.d === d) && (!q || s.s.indexOf(q) >= 0);
      if (base) {
        s.b.forEach(function (beh) {
          var row = tally[beh] || (tally[beh] = {});
          s.r.forEach(function (r) { var c = row[r[0]] || (row[r[0]] = empty()); c[r[1]]++; });
        });
        s.r.forEach(function (r) { var c = total[r[0]] || (total[r[0]] = empty()); c[r[1]]++; });
      }
      var ok = base && (!b || s.b.indexOf(b) >= 0) && s.r.some(function (r) {
        return (!t || r[0] === t) && want[r[1]];
      });
      s.el.hidden = !ok;
      if (ok) shown++;
    });
    features.forEach(function (f) { f.hidden = !f.querySelector("details.sc:not([hidden])"); });
    rows.forEach(function (tr) {
      var beh = tr.getAttribute("data-b"), row = tally[beh];
      tr.hidden = !row || (b && b !== beh);
      all("td", tr).forEach(function (td) { paint(td, (row && row[td.getAttribute("data-t")]) || empty()); });
    });
    foot.forEach(function (td) { paint(td, total[td.getAttribute("data-t")] || empty()); });
    $("f-n").textContent = shown + " of " + scs.length + " scenarios";
    if (save) writeHash();
  }

  boxes.forEach(function (b) { b.addEventListener("change", function () { apply(true); }); });
  [selB, selD, selT].forEach(function (s) { s.addEventListener("change", function () { apply(true); }); });
  text.addEventListener("input", function () { apply(true); });
  $("f-problems").addEventListener("click", function () {
    boxes.forEach(function (b) { b.checked = ["fail", "setup", "error"].indexOf(b.value) >= 0; });
    apply(true);
  });
  function reset(save) {
    boxes.forEach(function (b) { b.checked = true; });
    selB.value = selD.value = selT.value = text.value = "";
    apply(save);
  }
  $("f-reset").addEventListener("click", function () { reset(true); });
  $("f-open").addEventListener("click", function () {
    scs.forEach(function (s) { if (!s.el.hidden) s.el.open = true; });
  });
  $("f-close").addEventListener("click", function () { scs.forEach(function (s) { s.el.open = false; }); });
  all("#matrix td.c").forEach(function (td) {
    td.addEventListener("click", function () {
      var beh = td.parentNode.getAttribute("data-b");
      selB.value = beh || "";
      selT.value = td.getAttribute("data-t");
      boxes.forEach(function (b) { b.checked = true; });
      apply(true);
      $("scenarios").scrollIntoView();
    });
  });
  all("#matrix a.bl").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      selB.value = a.parentNode.parentNode.getAttribute("data-b");
      apply(true);
      $("scenarios").scrollIntoView();
    });
  });
  function reveal() {
    var h = decodeURIComponent(location.hash.slice(1));
    if (h.indexOf("s-") !== 0) return;
    var el = document.getElementById(h);
    if (!el) return;
    if (el.hidden) reset(false);
    el.open = true;
    el.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  readHash();
  apply(false);
  if (expand) scs.forEach(function (s) { if (!s.el.hidden) s.el.open = true; });
  reveal();
  document.body.setAttribute("data-ready", "1");
})();
