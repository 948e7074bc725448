/* The bulk result page's live progress bar (SPEC K4; WCAG 2.2: a <progress> element and a
   polite live region). Polls the page's JSON endpoint while the file is being registered; when
   it is done, the parts that changed (state, outcome, the rows' states) are fetched and swapped
   in place, so the page is never reloaded under the reader (focus, scroll position and what a
   screen reader was reading stay put). Only if that fetch fails is the page reloaded. Without
   JavaScript the page offers a refresh link instead. Served as a static file: the CSP allows no
   inline script. */
(function () {
  "use strict";
  var section = document.querySelector("[data-progress-url]");
  var printButton = document.querySelector("[data-print]");
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
  if (!section) { return; }
  var article = document.querySelector(".bulk-result");
  var startState = article ? article.getAttribute("data-state") : "";
  if (startState === "completed" || startState === "reception_error") { return; }
  var bar = document.getElementById("bulk-progress-bar");
  var text = section.querySelector("[data-progress-text]");
  var percent = section.querySelector("[data-progress-percent]");
  var refresh = section.querySelector("[data-refresh]");
  var template = section.getAttribute("data-text") || "";
  var url = section.getAttribute("data-progress-url");
  var selfUrl = section.getAttribute("data-self-url") || window.location.pathname;
  var delay = 1000;
  // The parts of the page that change when registration ends, swapped in from a fresh copy.
  var PARTS = ["[data-upload-state]", "[data-progress-outcome]", "[data-rows-body]"];
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
        if (data.complete) {
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
