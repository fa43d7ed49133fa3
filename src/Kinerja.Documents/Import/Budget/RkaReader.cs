using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;

namespace Kinerja.Documents.Import.Budget;

/// <summary>
/// Reads an RKA Satker Bagian A: the identity block (K/L, unit, satker, province, location), the coded table
/// (program → kegiatan → KRO → output, each with its sasaran and indicators) and the closing signature. The table is read
/// as the PDF text prints it: the page header and the column headings repeat on every page, a label row ("Indikator
/// Output :") says what the numbered rows under it are, and sometimes the label (even a statement) is glued to the end
/// of a code row's title. Amounts are kept exactly as printed and then checked, never corrected.
/// </summary>
public static partial class RkaReader
{
    public static void Read(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        new Reader(context).Run();
    }

    /// <summary>The statement kind a label row announces, or null when the text is no label.</summary>
    internal static StatementKind? LabelKind(string label)
    {
        var words = Space().Replace(label.ToUpperInvariant(), " ").Trim();
        return words switch
        {
            "SASARAN PROGRAM" => StatementKind.ProgramGoal,
            "INDIKATOR KINERJA PROGRAM" or "IKP" => StatementKind.ProgramIndicator,
            "INDIKATOR KINERJA KEGIATAN" or "IKK" => StatementKind.ActivityIndicator,
            "INDIKATOR OUTPUT" or "INDIKATOR KELUARAN" => StatementKind.OutputIndicator,
            _ => null,
        };
    }

    private static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.ProgramGoal => "sasaran program",
        StatementKind.ProgramIndicator => "indikator kinerja program",
        StatementKind.ActivityIndicator => "indikator kinerja kegiatan",
        _ => "indikator output",
    };

    private static string LevelName(BudgetLevel level) => level switch
    {
        BudgetLevel.Program => "program",
        BudgetLevel.Activity => "kegiatan",
        BudgetLevel.OutputClass => "KRO",
        BudgetLevel.Output => "output",
        _ => "komponen",
    };

    // A label ends with a colon when it is glued to other text; alone in its cell the colon may be missing.
    [GeneratedRegex(@"\b(?<label>Sasaran\s+Program|Indikator\s+Kinerja\s+Program|Indikator\s+Kinerja\s+Kegiatan|Indikator\s+(?:Output|Keluaran)|IKP|IKK)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex GluedLabel();

    [GeneratedRegex(@"^(?<label>Sasaran\s+Program|Indikator\s+Kinerja\s+Program|Indikator\s+Kinerja\s+Kegiatan|Indikator\s+(?:Output|Keluaran))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneLabel();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{1,3})*\.?$")]
    private static partial Regex StatementNumber();

    // "01 Persentase …", "01.01. Persentase …": the number printed inside the text cell.
    [GeneratedRegex(@"^(?<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?<text>\S.*)$")]
    private static partial Regex NumberedText();

    [GeneratedRegex(@"^(?<code>\S+)\s+(?<rest>\S.*)$")]
    private static partial Regex LeadingToken();

    [GeneratedRegex(@"^(?<key>KEMEN(?:TERIAN)?\s*/\s*LEMB(?:AGA)?|K\s*/\s*L|UNIT\s+ORG(?:ANISASI)?|UNIT\s+ESELON\s+I|SATUAN\s+KERJA|SATKER|PRO[PV]INSI|LOKASI|KAB(?:UPATEN)?\s*/\s*KOTA)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex IdentityLine();

    [GeneratedRegex(@"^(?:RENCANA\s+KERJA(?:\s+DAN)?\s+ANGGARAN|RENCANA\s+KINERJA|RINCIAN\s+KERTAS\s+KERJA|RKA\b|BAGIAN\s*-?\s*A\b|TAHUN\s+ANGGARAN|T\.?\s?A\.?\s*(?:19|20)\d{2}$)", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"^(?:HALAMAN|HAL\.?)\s*:?\s*\d+(?:\s*(?:DARI|/)\s*\d+)?$|^-?\s*\d{1,3}\s*-?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\(\s*(?<code>[0-9A-Za-z]+)\s*\)\s*(?<name>\S.*)$")]
    private static partial Regex CodedValue();

    [GeneratedRegex(@"^\(\d+\)$")]
    private static partial Regex ColumnNumber();

    [GeneratedRegex(@"\bT\.?\s?A\.?\s*((?:19|20)\d{2})\b|\bTAHUN\s+ANGGARAN\s+((?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ColumnYear();

    [GeneratedRegex(@"^(?:JUMLAH|TOTAL)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^(?:19|20)\d{2}$")]
    private static partial Regex YearLike();

    /// <summary>A row reduced to the columns of the RKA table, whatever the line looked like.</summary>
    private sealed record Row(string Code, string Text, string Volume, string Baseline, string Initiative, string Total)
    {
        public bool HasAmounts => Baseline.Length > 0 || Initiative.Length > 0 || Total.Length > 0 || Volume.Length > 0;
    }

    /// <summary>Where the columns are; learnt from the heading row, the usual order until then.</summary>
    private sealed class Columns
    {
        public int Code { get; set; }

        public int Title { get; set; } = 1;

        public int Volume { get; set; } = 2;

        public int Baseline { get; set; } = 3;

        public int Initiative { get; set; } = 4;

        public int Total { get; set; } = 5;
    }

    private sealed class Reader
    {
        private readonly ImportContext _context;
        private readonly IReadOnlyList<SourceLine> _lines;
        private readonly ImportedBudget _budget;
        private readonly Dictionary<string, ImportedBudgetLine> _byCode = new(StringComparer.Ordinal);
        private readonly Dictionary<string, (string Value, SourceLine Line)> _identity = new(StringComparer.Ordinal);
        private readonly List<PrintedText> _texts = [];
        private readonly Columns _columns = new();
        private ImportedBudgetLine? _current;
        private ImportedBudgetLine? _program;
        private ImportedBudgetLine? _activity;
        private StatementKind? _pending;
        private bool _numberedSinceLabel;
        private PrintedText? _last;
        private int? _tableYear;

        public Reader(ImportContext context)
        {
            _context = context;
            _lines = context.Lines;
            _budget = context.Document.Budget ??= new ImportedBudget();
        }

        public void Run()
        {
            var firstTable = _lines.TakeWhile(l => !l.IsTableRow).Count();
            if (firstTable == _lines.Count)
            {
                _context.Find(Severity.Error, "RKA_TABLE_MISSING", "Tabel RKA Satker Bagian A tidak ditemukan: tidak ada baris berkolom.");
                foreach (var line in _lines.Where(l => !l.IsBlank))
                {
                    ReadIdentity(line);
                }

                ApplyIdentity();
                return;
            }

            // The last place-and-date after the table starts the signature: a date inside the table would be a row.
            var signature = -1;
            for (var i = _lines.Count - 1; i > firstTable; i--)
            {
                if (SignatureReader.IsPlaceAndDate(_lines[i]))
                {
                    signature = i;
                    break;
                }
            }

            for (var i = 0; i < firstTable; i++)
            {
                if (!_lines[i].IsBlank)
                {
                    ReadIdentity(_lines[i]);
                }
            }

            var end = signature < 0 ? _lines.Count : signature;
            for (var i = firstTable; i < end; i++)
            {
                if (!_lines[i].IsBlank)
                {
                    ReadLine(_lines[i]);
                }
            }

            if (signature >= 0)
            {
                _budget.Signatory = SignatureReader.Read(_context, signature, _lines.Count);
                _last = null;
                foreach (var line in _lines.Skip(signature).Where(l => !l.IsBlank && !_context.Ledger.IsAccounted(l)))
                {
                    ReadLine(line);
                }
            }
            else
            {
                _context.Find(Severity.Warning, "RKA_SIGNATURE_MISSING", "RKA tidak memuat blok tanda tangan (tempat, tanggal dan nama penanda tangan).");
            }

            ApplyIdentity();
            CheckAmounts();
            TruncatedText.Check(_context, _texts);
        }

        private void ReadLine(SourceLine line)
        {
            if (!line.IsTableRow)
            {
                if (ReadIdentity(line))
                {
                    return;
                }

                if (TitleLine().IsMatch(line.Text))
                {
                    _context.Ledger.Ignore(line, "judul RKA yang diulang di setiap halaman");
                    return;
                }

                if (PageNumber().IsMatch(line.Text))
                {
                    _context.Ledger.Ignore(line, "nomor halaman");
                    return;
                }

                var (leading, rest) = SplitLeading(line.Text);
                ReadRow(line, new Row(leading, rest, string.Empty, string.Empty, string.Empty, string.Empty));
                return;
            }

            if (IsColumnNumbers(line))
            {
                _context.Ledger.Ignore(line, "nomor kolom tabel (1) (2) …");
                return;
            }

            if (IsColumnHeading(line))
            {
                LearnColumns(line);
                _context.Ledger.Ignore(line, "kepala kolom tabel RKA");
                return;
            }

            var code = line.Cell(_columns.Code);
            var text = line.Cell(_columns.Title);
            var row = new Row(code, text, line.Cell(_columns.Volume), line.Cell(_columns.Baseline), line.Cell(_columns.Initiative), line.Cell(_columns.Total));
            if (code.Length == 0 || (!BudgetCode.TryParse(code, out _) && !StatementNumber().IsMatch(code)))
            {
                // The code may be printed in the text cell, or the code cell may hold code and text together.
                var (leading, rest) = SplitLeading(code.Length == 0 ? text : $"{code} {text}");
                row = row with { Code = leading, Text = rest };
            }

            ReadRow(line, row);
        }

        /// <summary>
        /// Splits a leading budget code off a text; statement numbers stay in the text, to be read with it. A four-digit
        /// token that reads as a year is text, not a kegiatan.
        /// </summary>
        private static (string Code, string Text) SplitLeading(string text)
        {
            if (LeadingToken().Match(text) is { Success: true } match && IsCodeToken(match.Groups["code"].Value))
            {
                return (match.Groups["code"].Value, match.Groups["rest"].Value);
            }

            return IsCodeToken(text) ? (text, string.Empty) : (string.Empty, text);
        }

        private static bool IsCodeToken(string token) =>
            BudgetCode.TryParse(token, out var code) && !(code.Level == BudgetLevel.Activity && YearLike().IsMatch(token));

        private void ReadRow(SourceLine line, Row row)
        {
            if (BudgetCode.TryParse(row.Code, out var code))
            {
                ReadCodeRow(line, code, row);
                return;
            }

            if (row.Code.Length > 0 && StatementNumber().IsMatch(row.Code))
            {
                if (!ReadStatements(line, row.Code.TrimEnd('.'), row.Text))
                {
                    Unknown(line, "nomor tanpa uraian atau tanpa kode anggaran di atasnya");
                }

                return;
            }

            var text = row.Text;
            if (text.Length == 0)
            {
                Unknown(line, "baris tanpa kode dan tanpa uraian");
                return;
            }

            if (TotalRow().IsMatch(text) && (row.Baseline.Length > 0 || row.Total.Length > 0))
            {
                ReadTotalRow(line, row);
                return;
            }

            if (LoneLabel().Match(text) is { Success: true } lone)
            {
                _pending = LabelKind(lone.Groups["label"].Value);
                _numberedSinceLabel = false;
                _last = null;
                _context.Ledger.Use(line, $"label {KindName(_pending!.Value)}");
                return;
            }

            if (NumberedText().IsMatch(text) || GluedLabel().IsMatch(text))
            {
                if (!ReadStatements(line, null, text))
                {
                    Unknown(line, "pernyataan tanpa kode anggaran di atasnya");
                }

                return;
            }

            // Text that starts in lower case continues the text above it (a cell wrapped onto its own line).
            if (_last is not null && char.IsLower(text[0]))
            {
                _last.Continue(text);
                _context.Ledger.Use(line, $"lanjutan uraian baris {_last.Line.Number}");
                return;
            }

            // Unnumbered text is a statement only in a list that is unnumbered: after "01", "02" it is something else.
            if (_pending is not null && _current is not null && !_numberedSinceLabel && !row.HasAmounts)
            {
                ReadStatements(line, null, text);
                return;
            }

            Unknown(line, "bukan baris kode, pernyataan, label atau kepala tabel");
        }

        private void ReadCodeRow(SourceLine line, BudgetCode code, Row row)
        {
            var (title, label, after) = SplitLabel(row.Text);
            if (_byCode.TryGetValue(code.Value, out var existing))
            {
                // A code printed twice is usually the line repeated at the top of a page: its rows continue the first one.
                _context.Find(Severity.Warning, "RKA_CODE_DUPLICATE", $"Kode {code} tercetak lagi ({ImportContext.Where(line)}); baris-baris di bawahnya digabungkan ke {code} pada baris {existing.Line}.", line);
                _context.Ledger.Use(line, $"{LevelName(code.Level)} {code} (diulang)");
                SetCurrent(existing);
                _pending = label;
                if (after.Length > 0)
                {
                    ReadStatements(line, null, after);
                }

                return;
            }

            if (title.Length == 0)
            {
                _context.Find(Severity.Warning, "RKA_TITLE_MISSING", $"Kode {code} tanpa uraian ({ImportContext.Where(line)}).", line);
                title = code.Value;
            }

            var parent = ParentOf(line, code);
            var budgetLine = new ImportedBudgetLine
            {
                Code = code.Value,
                Title = title,
                ParentCode = parent,
                Volume = row.Volume.Length > 0 ? row.Volume : null,
                Baseline = Amount(line, code, row.Baseline, "angka dasar"),
                NewInitiative = Amount(line, code, row.Initiative, "inisiatif baru"),
                StatedTotal = Amount(line, code, row.Total, "jumlah"),
                Line = line.Number,
            };
            if (budgetLine.Volume is { } volume && !Volume.TryParse(volume, out _))
            {
                _context.Find(Severity.Warning, "RKA_VOLUME_INVALID", $"Volume/satuan {code} \"{volume}\" tidak dapat dibaca (contoh: 1.00 Laporan) ({ImportContext.Where(line)}).", line);
            }

            _budget.Lines.Add(budgetLine);
            _byCode[code.Value] = budgetLine;
            _context.Ledger.Use(line, $"{LevelName(code.Level)} {code}");
            switch (code.Level)
            {
                case BudgetLevel.Program:
                    _program = budgetLine;
                    _activity = null;
                    break;
                case BudgetLevel.Activity:
                    _activity = budgetLine;
                    break;
                default:
                    break;
            }

            SetCurrent(budgetLine);
            _texts.Add(new PrintedText(line, title, t => budgetLine.Title = t));
            _last = label is null ? _texts[^1] : null;
            _pending = label;
            if (after.Length > 0)
            {
                ReadStatements(line, null, after);
            }
        }

        private void SetCurrent(ImportedBudgetLine line)
        {
            _current = line;
            _pending = null;
            _numberedSinceLabel = false;
        }

        /// <summary>
        /// The parent as the printed tree says: a program's kegiatan belong to the program above them; below a kegiatan the
        /// code itself names its parent, except that an output whose KRO row is not printed hangs from its kegiatan.
        /// </summary>
        private string? ParentOf(SourceLine line, BudgetCode code)
        {
            string? parent;
            switch (code.Level)
            {
                case BudgetLevel.Program:
                    return null;
                case BudgetLevel.Activity:
                    parent = _program?.Code;
                    if (parent is null)
                    {
                        _context.Find(Severity.Warning, "RKA_PARENT_MISSING", $"Kegiatan {code} tidak berada di bawah program mana pun ({ImportContext.Where(line)}).", line);
                    }

                    return parent;
                case BudgetLevel.Output when code.Parent is { Level: BudgetLevel.OutputClass } outputClass && !_byCode.ContainsKey(outputClass.Value):
                    parent = code.Value[..4];
                    break;
                default:
                    parent = code.Parent?.Value;
                    break;
            }

            if (parent is not null && !_byCode.ContainsKey(parent))
            {
                _context.Find(Severity.Warning, "RKA_PARENT_MISSING", $"Induk {parent} dari {LevelName(code.Level)} {code} tidak tercetak di atasnya ({ImportContext.Where(line)}).", line);
            }
            else if (parent is not null && _activity is not null && !parent.StartsWith(_activity.Code, StringComparison.Ordinal))
            {
                _context.Find(Severity.Warning, "RKA_TREE_ORDER", $"{LevelName(code.Level)} {code} tercetak di bawah kegiatan {_activity.Code}, padahal kodenya milik {parent} ({ImportContext.Where(line)}).", line);
            }

            return parent;
        }

        /// <summary>Reads the statements and labels in one text cell; false when there is no coded line to hang them on.</summary>
        private bool ReadStatements(SourceLine line, string? number, string text)
        {
            if (_current is null)
            {
                return false;
            }

            var rest = text;
            var any = false;
            while (rest.Length > 0)
            {
                var (before, label, after) = SplitLabel(rest);
                if (before.Length > 0)
                {
                    var n = number;
                    var statement = before;
                    if (n is null && NumberedText().Match(before) is { Success: true } numbered)
                    {
                        n = numbered.Groups["number"].Value;
                        statement = numbered.Groups["text"].Value;
                    }

                    if (n is null && _pending is null)
                    {
                        // Unnumbered text under no label is not a statement the RKA prints.
                        return any;
                    }

                    AddStatement(line, n, statement, before);
                    any = true;
                }

                number = null;
                if (label is not null)
                {
                    _pending = label;
                    _numberedSinceLabel = false;
                    _last = null;
                    _context.Ledger.Use(line, $"label {KindName(label.Value)}");
                    any = true;
                }

                rest = after;
            }

            return any;
        }

        private void AddStatement(SourceLine line, string? number, string text, string printed)
        {
            var current = _current!;
            var kind = KindFor(current, number);
            if (_pending is null)
            {
                _context.Find(Severity.Info, "RKA_STATEMENT_UNLABELLED", $"Pernyataan {number} di bawah {current.Code} tanpa label; dibaca sebagai {KindName(kind)} ({ImportContext.Where(line)}).", line);
            }

            _numberedSinceLabel |= number is not null;
            var statement = new ImportedStatement(kind, number, text, line.Number);
            current.Statements.Add(statement);
            _context.Ledger.Use(line, $"{KindName(kind)} {current.Code}");
            var index = current.Statements.Count - 1;
            _last = new PrintedText(line, printed, t =>
            {
                var joined = NumberedText().Match(t) is { Success: true } m && m.Groups["number"].Value == number ? m.Groups["text"].Value : t;
                current.Statements[index] = current.Statements[index] with { Text = joined };
            });
            _texts.Add(_last);
        }

        /// <summary>
        /// Under a program the numbering decides between sasaran and indikator: "01" is a sasaran and "01.01" its indicator,
        /// because the label above a second sasaran is often the previous sasaran's "Indikator Kinerja Program :". An
        /// undotted number under that label stays an indicator unless dotted indicators came before it.
        /// </summary>
        private StatementKind KindFor(ImportedBudgetLine line, string? number)
        {
            if (BudgetCode.TryParse(line.Code, out var code) && code.Level == BudgetLevel.Program)
            {
                if (number is not null && number.Contains('.', StringComparison.Ordinal))
                {
                    return StatementKind.ProgramIndicator;
                }

                var dottedBefore = line.Statements.Any(s => s.Number?.Contains('.', StringComparison.Ordinal) == true);
                if (number is not null && (_pending is null or StatementKind.ProgramGoal || dottedBefore))
                {
                    return StatementKind.ProgramGoal;
                }

                return _pending ?? StatementKind.ProgramGoal;
            }

            if (_pending is { } pending)
            {
                return pending;
            }

            return BudgetCode.TryParse(line.Code, out var c) && c.Level == BudgetLevel.Activity ? StatementKind.ActivityIndicator : StatementKind.OutputIndicator;
        }

        private static (string Before, StatementKind? Label, string After) SplitLabel(string text)
        {
            if (GluedLabel().Match(text) is { Success: true } match)
            {
                return (text[..match.Index].Trim(), LabelKind(match.Groups["label"].Value), text[(match.Index + match.Length)..].Trim());
            }

            if (LoneLabel().Match(text) is { Success: true } lone)
            {
                return (string.Empty, LabelKind(lone.Groups["label"].Value), string.Empty);
            }

            return (text.Trim(), null, string.Empty);
        }

        private void ReadTotalRow(SourceLine line, Row row)
        {
            _context.Ledger.Use(line, "jumlah seluruh program");
            var total = Amount(line, null, row.Total.Length > 0 ? row.Total : row.Baseline, "jumlah seluruhnya");
            var programs = _budget.Lines.Where(l => l.ParentCode is null && BudgetCode.TryParse(l.Code, out var c) && c.Level == BudgetLevel.Program).ToList();
            var sum = Rupiah.Sum(programs.Select(p => p.StatedTotal ?? ((p.Baseline ?? Rupiah.Zero) + (p.NewInitiative ?? Rupiah.Zero))));
            if (total is { } printed && programs.Count > 0 && printed != sum)
            {
                _context.Find(Severity.Warning, "RKA_CHILDREN_MISMATCH", $"Jumlah seluruhnya tertulis {IdFormat.Rupiah(printed.Value)}, padahal program-program berjumlah {IdFormat.Rupiah(sum.Value)} ({ImportContext.Where(line)}).", line);
            }
        }

        private Rupiah? Amount(SourceLine line, BudgetCode? code, string cell, string what)
        {
            if (cell.Length == 0 || cell is "-" or "–")
            {
                return null;
            }

            if (_context.BeyondCeiling(cell, line))
            {
                return null;
            }

            if (Rupiah.TryParse(cell, out var amount) && amount >= Rupiah.Zero)
            {
                return amount;
            }

            var owner = code is { } c ? $" {c}" : string.Empty;
            _context.Find(Severity.Error, "RKA_AMOUNT_INVALID", $"Nilai {what}{owner} \"{cell}\" bukan jumlah rupiah yang sah ({ImportContext.Where(line)}).", line);
            return null;
        }

        private void Unknown(SourceLine line, string why)
        {
            _context.Ledger.Ignore(line, $"baris tidak dikenali dalam tabel RKA: {why}");
            _context.Find(Severity.Warning, "RKA_ROW_UNKNOWN", $"Baris tidak dikenali dalam tabel RKA ({why}, {ImportContext.Where(line)}): \"{DocumentImporter.Short(line.Text)}\".", line);
            _last = null;
        }

        private static bool IsColumnNumbers(SourceLine line) =>
            line.Cells.Count(c => c.Length > 0) >= 2 && line.Cells.Where(c => c.Length > 0).All(c => ColumnNumber().IsMatch(c));

        private static bool IsColumnHeading(SourceLine line)
        {
            var upper = line.Text.ToUpperInvariant();
            return (upper.StartsWith("KODE", StringComparison.Ordinal) && (upper.Contains("PROGRAM", StringComparison.Ordinal) || upper.Contains("URAIAN", StringComparison.Ordinal)))
                || upper.Contains("ANGKA DASAR", StringComparison.Ordinal)
                || upper.Contains("INISIATIF BARU", StringComparison.Ordinal)
                || (upper.Contains("VOLUME", StringComparison.Ordinal) && upper.Contains("SATUAN", StringComparison.Ordinal) && !line.Cells.Any(c => BudgetCode.TryParse(c, out _)));
        }

        private void LearnColumns(SourceLine line)
        {
            for (var i = 0; i < line.Cells.Count; i++)
            {
                var cell = line.Cells[i].ToUpperInvariant();
                switch (cell)
                {
                    case "KODE":
                        _columns.Code = i;
                        break;
                    case var _ when cell.StartsWith("PROGRAM", StringComparison.Ordinal) || cell.StartsWith("URAIAN", StringComparison.Ordinal):
                        _columns.Title = i;
                        break;
                    case var _ when cell.StartsWith("VOLUME", StringComparison.Ordinal):
                        _columns.Volume = i;
                        break;
                    case "ANGKA DASAR":
                        _columns.Baseline = i;
                        break;
                    case var _ when cell.StartsWith("INISIATIF", StringComparison.Ordinal):
                        _columns.Initiative = i;
                        break;
                    case "JUMLAH":
                        _columns.Total = i;
                        break;
                    default:
                        break;
                }

                if (ColumnYear().Match(line.Cells[i]) is { Success: true } year)
                {
                    _tableYear ??= int.Parse(year.Groups[year.Groups[1].Success ? 1 : 2].Value, CultureInfo.InvariantCulture);
                }
            }
        }

        /// <summary>Reads "SATUAN KERJA : (670714) KPU KOTA SERANG" and its kind; the first of each is used, repeats are the page header.</summary>
        private bool ReadIdentity(SourceLine line)
        {
            if (IdentityLine().Match(line.Text) is not { Success: true } match)
            {
                return false;
            }

            var key = Space().Replace(match.Groups["key"].Value.ToUpperInvariant(), string.Empty) switch
            {
                "SATUANKERJA" or "SATKER" => "satker",
                "PROPINSI" or "PROVINSI" => "province",
                "LOKASI" or "KAB/KOTA" or "KABUPATEN/KOTA" => "location",
                var k when k.StartsWith("UNIT", StringComparison.Ordinal) => "unit",
                _ => "ministry",
            };
            var value = match.Groups["value"].Value.Trim();
            if (_identity.TryGetValue(key, out var first))
            {
                if (!string.Equals(first.Value, value, StringComparison.OrdinalIgnoreCase))
                {
                    _context.Find(Severity.Warning, "RKA_HEADER_INCONSISTENT", $"Kepala halaman menyebut \"{value}\", berbeda dengan \"{first.Value}\" pada baris {first.Line.Number} ({ImportContext.Where(line)}).", line);
                }

                _context.Ledger.Ignore(line, "kepala halaman berulang (identitas satuan kerja)");
                return true;
            }

            _identity[key] = (value, line);
            if (key is "ministry" or "unit")
            {
                // Every RKA of a KPU satker names the same K/L (076) and unit (01); the model keeps neither.
                _context.Ledger.Ignore(line, "identitas kementerian/lembaga dan unit organisasi");
                return true;
            }

            _context.Ledger.Use(line, key switch
            {
                "satker" => "satuan kerja",
                "province" => "provinsi",
                _ => "lokasi",
            });
            return true;
        }

        private void ApplyIdentity()
        {
            var document = _context.Document;
            if (document.Year is null && _tableYear is { } tableYear)
            {
                document.Year = tableYear;
            }
            else if (document.Year is { } year && _tableYear is { } column && column != year)
            {
                _context.Find(Severity.Warning, "RKA_YEAR_MISMATCH", $"Judul menyebut tahun anggaran {year}, kepala kolom menyebut T.A {column}.");
            }

            string? satker = null;
            string? name = null;
            WorkUnitLevel? level = document.WorkUnit?.Level;
            if (_identity.TryGetValue("satker", out var unit))
            {
                if (CodedValue().Match(unit.Value) is { Success: true } coded)
                {
                    satker = coded.Groups["code"].Value;
                    name = coded.Groups["name"].Value.Trim();
                }
                else
                {
                    name = unit.Value;
                    _context.Find(Severity.Warning, "RKA_HEADER_INVALID", $"Kode satuan kerja tidak tercetak dalam \"{unit.Value}\" (contoh: (670714) KPU KOTA SERANG) ({ImportContext.Where(unit.Line)}).", unit.Line);
                }

                if (DocumentHeader.ParseWorkUnit(name) is { } parsed)
                {
                    name = parsed.Name;
                    level = parsed.Level;
                }
                else if (name.Length > 0)
                {
                    name = CommonName(name);
                }
            }

            var province = RegionOf("province");
            var location = RegionOf("location");
            if (name is null && document.WorkUnit is null)
            {
                _context.Find(Severity.Warning, "RKA_WORK_UNIT_MISSING", "RKA tidak menyebut satuan kerja (SATUAN KERJA : (kode) nama).");
                return;
            }

            document.WorkUnit = new ImportedWorkUnit(
                string.IsNullOrEmpty(name) ? document.WorkUnit!.Name : name,
                level,
                satker ?? document.WorkUnit?.SatkerCode,
                province ?? document.WorkUnit?.Province,
                location ?? document.WorkUnit?.Location);
        }

        private Region? RegionOf(string key)
        {
            if (!_identity.TryGetValue(key, out var entry))
            {
                return null;
            }

            if (CodedValue().Match(entry.Value) is { Success: true } coded && coded.Groups["code"].Value.All(char.IsAsciiDigit))
            {
                return new Region(coded.Groups["code"].Value, coded.Groups["name"].Value.Trim());
            }

            _context.Find(Severity.Warning, "RKA_HEADER_INVALID", $"Wilayah \"{entry.Value}\" tidak berformat (kode) nama, contoh: (29) BANTEN ({ImportContext.Where(entry.Line)}).", entry.Line);
            return null;
        }

        /// <summary>"SEKRETARIAT JENDERAL KPU" → "Sekretariat Jenderal KPU": title case, with the acronyms kept.</summary>
        private static string CommonName(string name) =>
            string.Join(' ', DocumentHeader.TitleCase(name).Split(' ').Select(w => w.ToUpperInvariant() is "KPU" or "KIP" or "RI" ? w.ToUpperInvariant() : w));

        private void CheckAmounts()
        {
            foreach (var line in _budget.Lines)
            {
                var where = _lines.FirstOrDefault(l => l.Number == line.Line);
                var own = (line.Baseline ?? Rupiah.Zero) + (line.NewInitiative ?? Rupiah.Zero);
                var jumlahWrong = line.StatedTotal is { } stated && (line.Baseline is not null || line.NewInitiative is not null) && stated != own;
                if (jumlahWrong)
                {
                    _context.Find(Severity.Warning, "RKA_JUMLAH_MISMATCH", $"Jumlah {line.Code} tertulis {IdFormat.Rupiah(line.StatedTotal!.Value.Value)}, padahal angka dasar + inisiatif baru = {IdFormat.Rupiah(own.Value)} ({Place(where, line)}).", where);
                }

                // Each level is checked against the printed amounts one level down, so a break is named where it happens.
                var children = _budget.Lines.Where(c => c.ParentCode == line.Code).ToList();
                if (children.Count == 0 || children.All(c => c.Baseline is null && c.NewInitiative is null && c.StatedTotal is null))
                {
                    continue;
                }

                CompareChildren(line, where, "Angka dasar", line.Baseline, Rupiah.Sum(children.Select(c => c.Baseline ?? Rupiah.Zero)));
                CompareChildren(line, where, "Inisiatif baru", line.NewInitiative, Rupiah.Sum(children.Select(c => c.NewInitiative ?? Rupiah.Zero)));
                if (!jumlahWrong)
                {
                    CompareChildren(line, where, "Jumlah", line.StatedTotal, Rupiah.Sum(children.Select(c => c.StatedTotal ?? ((c.Baseline ?? Rupiah.Zero) + (c.NewInitiative ?? Rupiah.Zero)))));
                }
            }
        }

        private void CompareChildren(ImportedBudgetLine line, SourceLine? where, string what, Rupiah? printed, Rupiah children)
        {
            if (printed is null && children == Rupiah.Zero)
            {
                return;
            }

            var value = printed ?? Rupiah.Zero;
            if (value != children)
            {
                _context.Find(Severity.Warning, "RKA_CHILDREN_MISMATCH", $"{what} {line.Code} tertulis {IdFormat.Rupiah(value.Value)}, padahal rincian di bawahnya berjumlah {IdFormat.Rupiah(children.Value)} (selisih {IdFormat.Rupiah(Math.Abs((value - children).Value))}; {Place(where, line)}).", where);
            }
        }

        private static string Place(SourceLine? line, ImportedBudgetLine budgetLine) =>
            line is null ? $"baris {budgetLine.Line}" : ImportContext.Where(line);
    }
}
