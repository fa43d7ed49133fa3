using System.Diagnostics;
using System.Globalization;
using System.Text;
using Kinerja.Documents.Import;

namespace Kinerja.Bench;

/// <summary>
/// A RAK of any size as extracted text, in seed 002's layout (goals of one indicator and up to 20 actions, quarterly,
/// with targets, ceilings and responsible units), and the import's time on it:
/// <c>dotnet run -c Release --project bench/Kinerja.Bench -- import-scale [actions…]</c> prints, per size, the seconds of
/// one import (the fastest of three, after a warm-up) and the growth against the first size.
/// </summary>
public static class LargeRak
{
    private static readonly string[] Units = ["Subbag Program dan Data", "Subbag Keuangan, Umum dan Logistik", "Subbag Hukum dan SDM", "Subbag Teknis dan Hupmas"];

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var sizes = args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [3_000, 13_260, 19_238];
        DocumentImporter.Import(SourceText.FromText("warm.txt", Text(200)));
        foreach (var (shape, make) in new (string, Func<int, string>)[] { ("generated", Text), ("seed 002 repeated", Repeated) })
        {
            Time(shape, make, sizes);
        }

        return 0;
    }

    private static void Time(string shape, Func<int, string> make, int[] sizes)
    {
        double? first = null;
        foreach (var size in sizes)
        {
            var text = make(size);
            // The fastest of three: the machine is shared, and a slower run measures the neighbours, not the import.
            var clock = Stopwatch.StartNew();
            var document = DocumentImporter.Import(SourceText.FromText($"rak-{size}.txt", text));
            clock.Stop();
            for (var run = 1; run < 3; run++)
            {
                var again = Stopwatch.StartNew();
                DocumentImporter.Import(SourceText.FromText($"rak-{size}.txt", text));
                again.Stop();
                clock = again.Elapsed < clock.Elapsed ? again : clock;
            }

            var actions = document.Plans.Sum(p => p.Goals.Sum(g => g.Indicators.Sum(i => i.Actions.Count)));
            var perAction = clock.Elapsed.TotalMilliseconds * 1000 / actions;
            first ??= perAction;
            Console.WriteLine(FormattableString.Invariant(
                $"{shape}: {actions} actions, {Encoding.UTF8.GetByteCount(text) / 1048576.0:0.0} MB: {clock.Elapsed.TotalSeconds:0.000} s, {perAction:0.0} µs an action ({perAction / first:0.00}× the first size's), {document.Findings.Count} findings"));
        }
    }

    /// <summary>Seed 002's table (68 actions, many of them repeated) again and again, goals numbered on, to about <paramref name="actions"/> actions.</summary>
    public static string Repeated(int actions)
    {
        var lines = File.ReadAllLines(Kinerja.Documents.Tests.Seeds.Path("002"));
        var table = lines[9..81];
        var text = new StringBuilder().AppendJoin('\n', lines[..9]).Append('\n');
        var goal = 0;
        for (var copy = 0; copy * 68 < actions; copy++)
        {
            foreach (var line in table)
            {
                var cells = line.Split('\t');
                if (cells[0].Length > 0 && cells[0].All(char.IsAsciiDigit))
                {
                    cells[0] = (++goal).ToString(CultureInfo.InvariantCulture);
                }

                text.AppendJoin('\t', cells).Append('\n');
            }
        }

        return text.AppendJoin('\n', lines[81..]).ToString();
    }

    /// <summary>The text of a RAK with <paramref name="actions"/> actions, one in seven unscheduled and one in ten repeated.</summary>
    public static string Text(int actions)
    {
        var text = new StringBuilder();
        text.AppendLine("RENCANA AKSI KINERJA TAHUN 2021").AppendLine("KOMISI PEMILIHAN UMUM PROVINSI BANTEN").AppendLine("SEKRETARIAT").AppendLine();
        text.AppendLine("No\tSasaran Program/Kegiatan\tIndikator Kinerja\tTarget Indikator Kinerja\tNama Kegiatan/Aksi\tTarget Kegiatan/Aksi\tPelaksanaan Kegiatan Triwulan\t\t\t\tPagu Anggaran\tPelaksana Tingkat Pejabat Eselon IV");
        text.AppendLine("\t\t\t\t\t\tI\tII\tIII\tIV\t\t");
        text.AppendLine("(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)\t(10)\t(11)\t(12)");
        for (var goal = 1; (goal - 1) * 20 < actions; goal++)
        {
            for (var action = 1; action <= 20 && (goal - 1) * 20 + action <= actions; action++)
            {
                var quarter = (action % 4) + 1;
                // Every seventh action unscheduled and every tenth a repeat of its goal's first, as real tables have them: both are findings.
                var schedule = string.Join('\t', Enumerable.Range(1, 4).Select(q => q == quarter && action % 7 != 0 ? "v" : string.Empty));
                var name = action % 10 == 0 ? 1 : action;
                text.Append(action == 1
                    ? FormattableString.Invariant($"{goal}\tTerwujudnya dukungan penyelenggaraan tahapan nomor {goal}\tPersentase tahapan {goal} yang terlaksana tepat waktu\t100 %\t")
                    : "\t\t\t\t");
                text.Append(CultureInfo.InvariantCulture, $"Rapat koordinasi dan evaluasi pelaksanaan kegiatan {goal}.{name}\t{action} Kegiatan\t{schedule}\t");
                text.Append(action == 1 ? FormattableString.Invariant($"{goal * 1000:#,0}") : string.Empty).Append('\t');
                text.AppendLine(action == 1 ? Units[goal % Units.Length] : string.Empty);
            }
        }

        text.AppendLine().AppendLine("Serang, 28 Januari 2021").AppendLine("Pt. Sekretaris,").AppendLine("ANNISA ROSPA.P").AppendLine("NIP. 19710703 199903 2 007");
        return text.ToString();
    }
}
