// Warns a signed-in person shortly before the idle limit ends their session (QUALITY B3,
// §3.9), and lets them stay signed in: any request to the site counts as activity.
(function () {
  "use strict";
  var box = document.getElementById("session-timeout");
  if (!box) { return; }
  var idle = parseInt(box.getAttribute("data-idle-seconds"), 10);
  var remaining = parseInt(box.getAttribute("data-remaining-seconds"), 10);
  var warn = parseInt(box.getAttribute("data-warn-seconds"), 10);
  var timer = null;

  function schedule(seconds) {
    if (timer) { window.clearTimeout(timer); }
    timer = window.setTimeout(function () {
      box.hidden = false;
      box.focus();
    }, Math.max(seconds - warn, 0) * 1000);
  }

  var button = box.querySelector("[data-session-extend]");
  if (button) {
    button.addEventListener("click", function () {
      window.fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
        .then(function () {
          box.hidden = true;
          schedule(idle);
        });
    });
  }
  schedule(remaining);
})();
