namespace Kinerja.Documents.Import.Budget;

/// <summary>Placeholder until the RKA reader lands.</summary>
public static class RkaReader
{
    public static void Read(ImportContext context) => ArgumentNullException.ThrowIfNull(context);
}
