// A form shown again with errors: move the focus to its error summary, so keyboard and
// screen-reader users start where the problems are listed (the summary has tabindex="-1").
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.querySelector(".error-summary");
  if (summary) {
    summary.focus();
  }
});
