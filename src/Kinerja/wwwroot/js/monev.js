// Kurva S: cumulative RPD against cumulative realisation, drawn from the numbers the page already prints in its table.
document.addEventListener("DOMContentLoaded", function () {
    var canvas = document.getElementById("scurve");
    if (!canvas || typeof Chart === "undefined") { return; }
    var num = function (s) { return s === "" ? null : Number(s); };
    var labels = canvas.dataset.labels.split("|");
    var plan = canvas.dataset.plan.split("|").map(num);
    var real = canvas.dataset.real.split("|").map(num);
    var rupiah = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });
    new Chart(canvas, {
        type: "line",
        data: {
            labels: labels,
            datasets: [
                { label: "RPD kumulatif", data: plan, borderColor: "#1f5f99", backgroundColor: "#1f5f99", borderDash: [6, 4], tension: 0.2 },
                { label: "Realisasi kumulatif", data: real, borderColor: "#8a1c1c", backgroundColor: "#8a1c1c", tension: 0.2, spanGaps: false }
            ]
        },
        options: {
            responsive: true,
            maintainAspectRatio: false,
            plugins: { tooltip: { callbacks: { label: function (c) { return c.dataset.label + ": " + rupiah.format(c.parsed.y); } } } },
            scales: { y: { ticks: { callback: function (v) { return rupiah.format(v); } } } }
        }
    });
});
