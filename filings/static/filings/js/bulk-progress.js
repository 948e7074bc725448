/* The bulk result page's live progress bar (SPEC K4; WCAG 2.2: a <progress> element and a
   polite live region). Polls the page's JSON endpoint while the file is being registered; when
   it is done, the parts that changed (state, outcome, the rows' states) are fetched and swapped
   in place, so the page is never reloaded under the reader (focus, scroll position and what a
   screen reader was reading stay put). Only if that fetch fails is the page reloaded. Without
   JavaScript the page offers a refresh link instead. The error workbook is built by a worker
   after the file ends with problems: while it is being prepared the page keeps polling, and
   offers the download once it is ready. Served as a static file: the CSP allows no inline
   script. */
(function () {
  "use strict";
  var article = document.querySelector(".bulk-result");
  var section = document.querySelector("[data-progress]");
  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
  if (!article || !article.getAttribute("data-progress-url")) { return; }
  function workbookBuilding() {
    var workbook = document.querySelector("[data-workbook]");
    return !!workbook && workbook.getAttribute("data-workbook-state") === "building";
  }
  var startState = article.getAttribute("data-state");
  var ended = startState === "completed" || startState === "reception_error";
  if (ended && !workbookBuilding()) { return; }
  var bar = document.getElementById("bulk-progress-bar");
  var text = section ? section.querySelector("[data-progress-text]") : null;
  var percent = section ? section.querySelector("[data-progress-percent]") : null;
  var refresh = section ? section.querySelector("[data-refresh]") : null;
  var template = section ? section.getAttribute("data-text") || "" : "";
  var url = article.getAttribute("data-progress-url");
  var selfUrl = article.getAttribute("data-self-url") || window.location.pathname;
  var delay = 1000;
  // The parts of the page that change when registration ends or the error workbook is ready,
  // swapped in from a fresh copy.
  var PARTS = ["[data-upload-state]", "[data-progress-outcome]", "[data-rows-body]", "[data-workbook]"];
  if (refresh) { refresh.hidden = true; }

  function swapIn(html) {
    var fresh = new DOMParser().parseFromString(html, "text/html");
    var freshArticle = fresh.querySelector(".bulk-result");
    if (!freshArticle) { throw new Error("no result in the page"); }
    PARTS.forEach(function (selector) {
      var current = document.querySelector(selector);
      var next = fresh.querySelector(selector);
      if (current && next) {
        current.parentNode.replaceChild(document.importNode(next, true), current);
      }
    });
    if (article) { article.setAttribute("data-state", freshArticle.getAttribute("data-state")); }
    if (refresh && refresh.parentNode) { refresh.parentNode.removeChild(refresh); }
  }

  function finish() {
    fetch(selfUrl, { credentials: "same-origin", cache: "no-store", headers: { Accept: "text/html" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.text();
      })
      .then(swapIn)
      .catch(function () { window.location.reload(); });
  }

  function show(data) {
    if (!bar || !text) { return; }
    bar.max = Math.max(data.total, 1);
    bar.value = data.finished;
    bar.textContent = data.percent + " %";
    if (percent) { percent.textContent = data.percent + " %"; }
    text.textContent = template
      .replace("__FINISHED__", data.finished)
      .replace("__TOTAL__", data.total)
      .replace("__ERRORS__", data.errors);
  }

  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store", headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(String(response.status)); }
        return response.json();
      })
      .then(function (data) {
        show(data);
        if (data.complete && data.workbook !== "building") {
          finish();
          return;
        }
        delay = 1000;
        window.setTimeout(poll, delay);
      })
      .catch(function () {
        // A network hiccup or a session that ended: slow down, and offer the link again.
        if (refresh) { refresh.hidden = false; }
        delay = Math.min(delay * 2, 30000);
        window.setTimeout(poll, delay);
      });
  }
  window.setTimeout(poll, delay);
})();
