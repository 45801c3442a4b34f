/* GX's Data Docs buttons without inline event handlers, copied into the site by etl/present/data_docs: the
   pages' Content-Security-Policy blocks onclick="...". The build turns GX's own onclick="f('x')" into
   data-gx-click="f" data-gx-click-arg="x"; a click calls f only if it is one of the GX page functions
   listed here (etl/present/data_docs/sanitize.py GX_CLICK_HANDLERS lists the same names). */
(function ($) {
  "use strict";
  var allowed = ["showAllValidations", "hideSucceededValidations", "clearTableFilters"];
  $(document).on("click", "[data-gx-click]", function () {
    var name = this.getAttribute("data-gx-click");
    if (allowed.indexOf(name) < 0 || typeof window[name] !== "function") { return; }
    var arg = this.getAttribute("data-gx-click-arg");
    if (arg === null) { window[name](); } else { window[name](arg); }
  });
})(jQuery);
