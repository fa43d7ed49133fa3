using System.Diagnostics;
using Kinerja.Documents;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Pdf;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Bench;

/// <summary>
/// Documents per second for a format, with a number of documents in flight, and the batch of 550 work units' RAK:
/// <c>dotnet run -c Release --project bench/Kinerja.Bench -- throughput &lt;html|pdf|pdf-direct|xlsx|docx&gt; [documents] [in flight]</c> and
/// <c>-- batch &lt;format&gt; [units]</c>. Peak memory is this process's, plus Chromium's processes for PDF.
/// </summary>
public static class DocumentThroughput
{
    public static async Task<int> RunAsync(string[] args)
    {
        var direct = args[1] == "pdf-direct";
        var format = direct ? OutputFormat.Pdf : Enum.Parse<OutputFormat>(args[1], ignoreCase: true);
        var batch = args[0] == "batch";
        var count = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : batch ? 550 : 100;
        var inFlight = args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var documents = Enumerable.Range(0, batch ? count : Math.Min(count, 20)).Select(Document).ToList();
        var folder = Directory.CreateTempSubdirectory("kinerja-batch-").FullName;
        var chromiumPeak = 0L;
        try
        {
            await using var writer = new DocumentWriter(format == OutputFormat.Pdf && !direct ? await ChromiumPdf.StartAsync(inFlight) : null);

            // Warm up: the first document pays for JIT and the browser's first layout.
            await writer.WriteAsync(documents[0], format, DocumentOptions.Default, Stream.Null);
            var clock = Stopwatch.StartNew();
            var next = -1;
            var bytes = 0L;
            using var sampler = new Timer(_ => chromiumPeak = Math.Max(chromiumPeak, ChromiumMemory()), null, 0, 100);
            await Task.WhenAll(Enumerable.Range(0, inFlight).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
                {
                    var document = documents[i % documents.Count];
                    if (batch)
                    {
                        await using var file = File.Create(Path.Combine(folder, $"rak-{i:000}.{format.ToString().ToLowerInvariant()}"));
                        await writer.WriteAsync(document, format, DocumentOptions.Default, file);
                        Interlocked.Add(ref bytes, file.Length);
                    }
                    else
                    {
                        using var memory = new MemoryStream();
                        await writer.WriteAsync(document, format, DocumentOptions.Default, memory);
                        Interlocked.Add(ref bytes, memory.Length);
                    }
                }
            }));
            clock.Stop();
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine(System.FormattableString.Invariant(
                $"{(batch ? "batch" : "throughput")} {args[1]}: {count} documents, {inFlight} in flight, {clock.Elapsed.TotalSeconds:0.00} s, {count / clock.Elapsed.TotalSeconds:0.0} documents/s, {clock.Elapsed.TotalMilliseconds / count:0.0} ms each, {bytes / count / 1024.0:0.0} KB each, peak memory {peak / 1048576.0:0} MB (process){(format == OutputFormat.Pdf && !direct ? System.FormattableString.Invariant($" + {chromiumPeak / 1048576.0:0} MB (Chromium)") : string.Empty)}"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return 0;
    }

    /// <summary>A 60-row RAK (20 goals × 3 actions, quarterly, with values, ceilings and a signature) of work unit number <paramref name="n"/>.</summary>
    public static PlanDocument Document(int n)
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Uji", nation, Region.Parse("(99) UJI"), "Uji");
        var unit = WorkUnit.CreateRegencyCity($"KPU Kabupaten Uji {n}", province, Region.Parse("(01) KABUPATEN UJI"), "Uji");
        unit.SetLetterhead(new Letterhead("Jl. Pemilu No. 1", "(021) 123 456", null, "uji@kpu.go.id", "uji.kpu.go.id"));
        var official = unit.AddOfficial("Nama Penanda Tangan", "Sekretaris", Nip.Parse("19710703 199903 2 007"));
        var plan = PlanBenchmarks.SixtyRowRak(unit);
        plan.Sign(new SignatureBlock("Uji", new DateOnly(2026, 1, 27), "Sekretaris", official.Name, official.Nip));
        return DocumentSources.ForPlan(plan, unit);
    }

    /// <summary>The resident memory of the Chromium processes on this machine.</summary>
    private static long ChromiumMemory()
    {
        long total = 0;
        foreach (var process in Process.GetProcessesByName("chromium"))
        {
            try
            {
                total += process.WorkingSet64;
            }
            catch (InvalidOperationException)
            {
                // Gone between listing and reading.
            }
            finally
            {
                process.Dispose();
            }
        }

        return total;
    }
}
