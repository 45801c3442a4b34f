/* Offline stand-in for bootstrap-table, copied into the site by etl/present/data_docs (no PyPI package ships
   bootstrap-table). It draws tables fed by $(...).bootstrapTable({columns, data, ...}) as plain
   Bootstrap tables: sortName/sortOrder honoured, rowAttributes/rowStyle applied, 'click-row.bs.table'
   fired on a row click. No search, filter controls or paging; method calls are no-ops. */
(function ($) {
  "use strict";
  function named(f) { return typeof f === "function" ? f : (typeof f === "string" ? window[f] : null); }
  function truthy(v) { return v === true || v === "true"; }
  $.fn.bootstrapTable = function (options) {
    if (!options || typeof options !== "object") { return this; }
    return this.each(function () {
      var $table = $(this);
      var all = options.columns || [];
      var columns = all.filter(function (c) { return c.visible !== false && c.visible !== "false"; });
      var rows = (options.data || []).slice();
      if (options.sortName) {
        var sortColumn = all.filter(function (c) { return c.field === options.sortName; })[0];
        var key = (sortColumn && sortColumn.sortName) || options.sortName;
        var sign = options.sortOrder === "desc" ? -1 : 1;
        rows.sort(function (a, b) { return a[key] < b[key] ? -sign : (a[key] > b[key] ? sign : 0); });
      }
      var rowAttributes = named(options.rowAttributes), rowStyle = named(options.rowStyle);
      var $headRow = $("<tr>");
      columns.forEach(function (c) { $("<th>").text(c.title || "").css("text-align", c.align || "").appendTo($headRow); });
      var $body = $("<tbody>");
      rows.forEach(function (row, index) {
        var $tr = $("<tr>").appendTo($body);
        if (rowAttributes) { $tr.attr(rowAttributes(row, index) || {}); }
        if (rowStyle) {
          var style = rowStyle(row, index) || {};
          if (style.css) { $tr.css(style.css); }
          if (style.classes) { $tr.addClass(style.classes); }
        }
        columns.forEach(function (c) {
          var value = row[c.field];
          $("<td>").html(value === undefined || value === null ? "" : String(value)).css("text-align", c.align || "").appendTo($tr);
        });
        $tr.on("click", function (event) {
          if (!$(event.target).closest("a").length) { $table.trigger("click-row.bs.table", [row, $tr]); }
        });
      });
      $table.empty().append($("<thead>").append($headRow)).append($body);
      $table.addClass("table table-hover" + (options.iconSize === "sm" ? " table-sm" : ""));
      if (options.toolbar && (truthy(options.search) || truthy(options.filterControl))) { $(options.toolbar).hide(); }
    });
  };
})(jQuery);
