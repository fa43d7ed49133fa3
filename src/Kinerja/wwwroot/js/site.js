// Esc in a row being edited cancels it: the row says hx-trigger="escape". An htmx event filter (keyup[key=='Escape'])
// would need eval, which the Content-Security-Policy does not allow.
document.addEventListener("keyup", (event) => {
    if (event.key !== "Escape" || !(event.target instanceof Element)) return;
    const row = event.target.closest("[hx-trigger='escape']");
    if (row && window.htmx) window.htmx.trigger(row, "escape");
});
