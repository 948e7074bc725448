// A form shown again with errors: move the focus to its error summary, so keyboard and
// screen-reader users start where the problems are listed (the summary has tabindex="-1").
// A page that answers a question (the guided check) marks its answer data-focus-on-load
// (with tabindex="-1" and a heading): the focus moves there, and a screen reader reads it out.
document.addEventListener("DOMContentLoaded", function () {
  var target = document.querySelector(".error-summary") || document.querySelector("[data-focus-on-load]");
  if (target) {
    target.focus();
  }
});
