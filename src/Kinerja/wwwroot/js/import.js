// Says at once what the server would refuse, before a large upload starts; the server checks the same limits (the
// input's data-max-* attributes).
(() => {
    const input = document.getElementById("berkas");
    const say = document.getElementById("berkas-periksa");
    if (!input || !say) return;
    const maxFiles = Number(input.dataset.maxFiles), maxBytes = Number(input.dataset.maxBytes), maxLabel = input.dataset.maxLabel;
    input.addEventListener("change", () => {
        const files = Array.from(input.files);
        const big = files.filter(f => f.size > maxBytes).map(f => f.name);
        const message = files.length > maxFiles
            ? `Paling banyak ${maxFiles} berkas sekali unggah; yang dipilih ${files.length}.`
            : big.length > 0 ? `Melebihi batas ${maxLabel} per berkas: ${big.join(", ")}.` : "";
        input.setCustomValidity(message);
        say.textContent = message;
        input.setAttribute("aria-invalid", message ? "true" : "false");
    });
})();
