namespace Kinerja.Documents.Import.Plans;

public static class PlanTableReader
{
    public static void Read(ImportContext context) => ArgumentNullException.ThrowIfNull(context);
}
