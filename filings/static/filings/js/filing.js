// Progressive enhancement of the filing pages; everything works without it.
(function () {
  "use strict";
  // Print buttons (the receipt and the status detail, Q76).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  // The municipality list follows the chosen prefecture (Q62).
  var form = document.querySelector("form[data-municipality-url]");
  if (!form) { return; }
  var prefecture = form.querySelector("select[name=prefecture]");
  var municipality = form.querySelector("select[name=municipality]");
  if (!prefecture || !municipality) { return; }
  prefecture.addEventListener("change", function () {
    var url = form.getAttribute("data-municipality-url") + "?prefecture=" + encodeURIComponent(prefecture.value);
    fetch(url, { credentials: "same-origin" }).then(function (response) {
      return response.ok ? response.json() : { municipalities: [] };
    }).then(function (data) {
      var first = municipality.options[0];
      municipality.innerHTML = "";
      municipality.appendChild(first);
      data.municipalities.forEach(function (row) {
        var option = document.createElement("option");
        option.value = row[0];
        option.textContent = row[1];
        municipality.appendChild(option);
      });
    });
  });
})();
