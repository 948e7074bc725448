/* The bulk result page's live progress bar (SPEC K4; WCAG 2.2: a <progress> element and a
   polite live region). Polls the page's JSON endpoint while the file is being registered and
   reloads once when it is done, so the rows' final states show. Without JavaScript the page
   offers a refresh link instead. Served as a static file: the CSP allows no inline script. */
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
  var delay = 1000;
  if (refresh) { refresh.hidden = true; }

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
          window.location.reload();
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
