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
    // The buttons of the rows: one listener for the whole table keeps the page small.
    function act(button) {
        var editor = button.closest("#plan-editor");
        var row = button.closest("tr");
        var base = editor.dataset.url;
        var id = row.id.slice(2);
        var element = row.dataset.el;
        var post = function (handler, values) {
            values.rev = editor.dataset.revision;
            htmx.ajax("POST", base + "?handler=" + handler, { target: "#plan-editor", swap: "outerHTML", values: values });
        };
        switch (button.dataset.do || "toggle") {
            case "edit":
                htmx.ajax("GET", base + "?handler=Row&element=" + element + "&elementId=" + id, { target: row, swap: "outerHTML" });
                break;
            case "add":
                htmx.ajax("GET", base + "?handler=Row&element=" + button.dataset.child + "&parentId=" + id, { target: "#" + button.dataset.after, swap: "afterend" });
                break;
            case "move":
                post("Move", { element: element, elementId: id, by: button.value });
                break;
            case "remove":
                if (window.confirm(button.dataset.confirm)) { post("Remove", { element: element, elementId: id }); }
                break;
            case "toggle":
                post("Toggle", { elementId: id, period: button.value });
                break;
        }
    }
    document.addEventListener("click", function (event) {
        if (!event.target.closest) { return; }
        var cancelButton = event.target.closest("tr.editing button.cancel");
        if (cancelButton) { cancel(cancelButton.closest("tr.editing")); return; }
        var button = event.target.closest("#plan-editor tr:not(.editing) button[data-do], #plan-editor tr:not(.editing) button[aria-pressed]");
        if (button) { act(button); }
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
