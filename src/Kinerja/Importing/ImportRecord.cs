using Kinerja.Documents.Import;

namespace Kinerja.Importing;

/// <summary>
/// That a document was imported, and into which work unit: the content hash makes a second import of the same document
/// say so instead of storing it twice.
/// </summary>
public sealed class ImportRecord
{
    public ImportRecord(string contentHash, string fileName, DocumentKind kind, int year, Guid workUnitId, DateTimeOffset importedAt, int plans, int budgetVersions)
    {
        Id = Guid.CreateVersion7();
        ContentHash = contentHash;
        FileName = fileName;
        Kind = kind;
        Year = year;
        WorkUnitId = workUnitId;
        ImportedAt = importedAt;
        Plans = plans;
        BudgetVersions = budgetVersions;
    }

    public Guid Id { get; private set; }

    public string ContentHash { get; private set; }

    public string FileName { get; private set; }

    public DocumentKind Kind { get; private set; }

    public int Year { get; private set; }

    public Guid WorkUnitId { get; private set; }

    public DateTimeOffset ImportedAt { get; private set; }

    public int Plans { get; private set; }

    public int BudgetVersions { get; private set; }
}
