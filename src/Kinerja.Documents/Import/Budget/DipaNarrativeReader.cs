namespace Kinerja.Documents.Import.Budget;

/// <summary>Placeholder until the DIPA narrative reader lands.</summary>
public static class DipaNarrativeReader
{
    public static void Read(ImportContext context) => ArgumentNullException.ThrowIfNull(context);
}
