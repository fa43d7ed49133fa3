namespace Kinerja.Documents.Import;

public enum LineUse
{
    Unaccounted,
    Used,
    Ignored,
}

public sealed record LineCounts(int Total, int Used, int Ignored, int Unaccounted);

/// <summary>
/// Accounts for every non-blank input line: used for the model, or ignored with a reason (page header, letterhead,
/// column numbers…). Whatever is neither is reported as unaccounted, so nothing is dropped silently.
/// </summary>
public sealed class LineLedger
{
    private readonly Dictionary<int, (LineUse Use, string Why)> _uses = [];
    private readonly IReadOnlyList<SourceLine> _lines;

    public LineLedger(IReadOnlyList<SourceLine> lines)
    {
        _lines = lines;
    }

    /// <summary>The line went into the model; the first use is kept.</summary>
    public void Use(SourceLine line, string what)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!_uses.TryGetValue(line.Number, out var current) || current.Use != LineUse.Used)
        {
            _uses[line.Number] = (LineUse.Used, what);
        }
    }

    /// <summary>The line carries nothing for the model; the reason says why (and is shown in reports). A use wins over an ignore.</summary>
    public void Ignore(SourceLine line, string reason)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!_uses.ContainsKey(line.Number))
        {
            _uses[line.Number] = (LineUse.Ignored, reason);
        }
    }

    public bool IsAccounted(SourceLine line) => line is not null && (line.IsBlank || _uses.ContainsKey(line.Number));

    public (LineUse Use, string Why) UseOf(SourceLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return _uses.TryGetValue(line.Number, out var use) ? use : (LineUse.Unaccounted, string.Empty);
    }

    public IEnumerable<SourceLine> Unaccounted => _lines.Where(l => !l.IsBlank && !_uses.ContainsKey(l.Number));

    public LineCounts Counts()
    {
        var nonBlank = _lines.Where(l => !l.IsBlank).ToList();
        var used = nonBlank.Count(l => _uses.TryGetValue(l.Number, out var u) && u.Use == LineUse.Used);
        var ignored = nonBlank.Count(l => _uses.TryGetValue(l.Number, out var u) && u.Use == LineUse.Ignored);
        return new LineCounts(nonBlank.Count, used, ignored, nonBlank.Count - used - ignored);
    }
}
