// Keyboard for the plan editor: in a row being edited, Enter saves and Escape cancels; "Batal" restores the row.
(function () {
    "use strict";
    function cancel(row) {
        if (row.dataset.new === "1") {
            var next = row.previousElementSibling;
            row.remove();
            if (next) { var button = next.querySelector("button"); if (button) { button.focus(); } }
        } else if (row.dataset.view) {
            htmx.ajax("GET", row.dataset.view, { target: row, swap: "outerHTML" });
        }
    }
    document.addEventListener("keydown", function (event) {
        var row = event.target.closest ? event.target.closest("tr.editing") : null;
        if (!row) { return; }
        if (event.key === "Escape") {
            event.preventDefault();
            cancel(row);
        } else if (event.key === "Enter" && !event.shiftKey && event.target.tagName !== "BUTTON") {
            event.preventDefault();
            row.querySelector("button.save").click();
        }
    });
    document.addEventListener("click", function (event) {
        var button = event.target.closest ? event.target.closest("tr.editing button.cancel") : null;
        if (button) { cancel(button.closest("tr.editing")); }
    });
    // The document preview loads only when opened.
    document.addEventListener("toggle", function (event) {
        var frame = event.target.querySelector && event.target.querySelector("iframe[data-src]");
        if (frame && event.target.open && !frame.src) { frame.src = frame.dataset.src; }
    }, true);
    // After a swap, put the cursor where work continues.
    document.addEventListener("htmx:afterSettle", function (event) {
        var focus = event.detail.elt.querySelector ? event.detail.elt.querySelector("[autofocus]") : null;
        if (focus) { focus.focus(); }
    });
})();
