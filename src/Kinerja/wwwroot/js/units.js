// Filters the rows already on the page as one types; without script the form asks the server (?cari=).
(() => {
    const box = document.getElementById("cari");
    const table = document.getElementById("unit-tree");
    const count = document.getElementById("tree-count");
    if (!box || !table || !count) return;
    const rows = Array.from(table.tBodies[0].rows);
    const byId = new Map(rows.map(r => [r.dataset.id, r]));
    const total = Number(table.dataset.total);
    const filter = () => {
        const words = box.value.toLowerCase().split(/\s+/).filter(Boolean);
        const shown = new Map();
        for (const row of rows) {
            if (!words.every(w => row.dataset.search.includes(w))) continue;
            shown.set(row.dataset.id, true);
            for (let p = row.dataset.parent; p && byId.has(p); p = byId.get(p).dataset.parent) {
                if (!shown.has(p)) shown.set(p, false);
            }
        }
        for (const row of rows) {
            row.hidden = !shown.has(row.dataset.id);
            row.classList.toggle("context", shown.get(row.dataset.id) === false);
        }
        const matched = Array.from(shown.values()).filter(Boolean).length;
        count.textContent = words.length === 0
            ? `${total} satuan kerja.`
            : `${matched} dari ${total} satuan kerja cocok dengan "${box.value.trim()}".`;
    };
    box.addEventListener("input", filter);
    box.addEventListener("keydown", e => { if (e.key === "Escape" && box.value) { box.value = ""; filter(); } });
})();
