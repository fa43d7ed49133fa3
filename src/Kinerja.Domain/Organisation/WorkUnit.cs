using System.Text.RegularExpressions;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Organisation;

public enum WorkUnitLevel
{
    /// <summary>KPU RI.</summary>
    National,

    /// <summary>KPU Provinsi.</summary>
    Province,

    /// <summary>KPU Kabupaten/Kota.</summary>
    RegencyCity,
}

/// <summary>The two bodies of a work unit that sign plans separately.</summary>
public enum EntityKind
{
    /// <summary>The commission (KPU), led by the Ketua.</summary>
    Commission,

    /// <summary>The secretariat (Sekretariat KPU), led by the Sekretaris.</summary>
    Secretariat,
}

/// <summary>A region as the budget documents print it: <c>(29) BANTEN</c>, <c>(53) KOTA SERANG</c>.</summary>
public readonly partial record struct Region
{
    public Region(string code, string name)
    {
        Code = Rule.Text(code, "REGION_INVALID", "Kode wilayah", 10);
        Rule.Require(Code.All(char.IsAsciiDigit), "REGION_INVALID", $"Kode wilayah \"{Code}\" harus angka.");
        Name = Rule.Text(name, "REGION_INVALID", "Nama wilayah", 200);
    }

    public string Code { get; }

    public string Name { get; }

    public static Region Parse(string text)
    {
        var match = Pattern().Match(Digits.ToAscii(text?.Trim() ?? string.Empty));
        return match.Success
            ? new Region(match.Groups[1].Value, match.Groups[2].Value)
            : throw new RuleViolationException("REGION_INVALID", $"\"{text}\" bukan wilayah bertanda kode, contoh: (29) BANTEN.");
    }

    public override string ToString() => Code is null ? string.Empty : $"({Code}) {Name}";

    [GeneratedRegex(@"^\((\d{1,10})\)\s*(\S.*)$")]
    private static partial Regex Pattern();
}

/// <summary>What a letterhead (kop surat) prints under the work unit's name.</summary>
public sealed record Letterhead(string? Address, string? Phone, string? Fax, string? Email, string? Website);

public sealed class Official
{
    internal Official(string name, string position, Nip? nip)
    {
        Id = Guid.CreateVersion7();
        Name = ValidName(name);
        Position = ValidPosition(position);
        Nip = nip;
    }

    private Official()
    {
        Name = string.Empty;
        Position = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string Position { get; private set; }

    public Nip? Nip { get; private set; }

    internal void Change(string name, string position, Nip? nip)
    {
        // Both are checked before either is set, so a refused change leaves the official as it was.
        var validName = ValidName(name);
        var validPosition = ValidPosition(position);
        Name = validName;
        Position = validPosition;
        Nip = nip;
    }

    // One code per field, so that a form can show the message next to the field it is about.
    internal static string ValidName(string name) => Rule.Text(name, "OFFICIAL_NAME_INVALID", "Nama pejabat", 200);

    internal static string ValidPosition(string position) => Rule.Text(position, "OFFICIAL_POSITION_INVALID", "Jabatan", 200);
}

/// <summary>A Divisi, Bagian or Subbag inside one of the entities: the pelaksana / penanggung jawab of actions.</summary>
public sealed class OrganisationalUnit
{
    internal OrganisationalUnit(EntityKind entity, string name)
    {
        Id = Guid.CreateVersion7();
        Entity = entity;
        Name = Rule.Text(name, "ORG_UNIT_INVALID", "Nama unit organisasi", 200);
    }

    private OrganisationalUnit()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public EntityKind Entity { get; private set; }

    public string Name { get; private set; }

    internal void Rename(string name) => Name = Rule.Text(name, "ORG_UNIT_INVALID", "Nama unit organisasi", 200);
}

/// <summary>One of the two signing bodies of a work unit, with the official who heads it.</summary>
public sealed class AccountabilityEntity
{
    internal AccountabilityEntity(EntityKind kind, string name, string headPosition)
    {
        Kind = kind;
        Name = name;
        HeadPosition = headPosition;
    }

    private AccountabilityEntity()
    {
        Name = string.Empty;
        HeadPosition = string.Empty;
    }

    public EntityKind Kind { get; private set; }

    /// <summary>As printed in documents: "KPU Kota Serang", "Sekretariat KPU Kota Serang".</summary>
    public string Name { get; private set; }

    /// <summary>"Ketua", "Sekretaris", "Pt. Sekretaris".</summary>
    public string HeadPosition { get; private set; }

    public Guid? HeadOfficialId { get; private set; }

    internal void Appoint(Guid officialId, string position)
    {
        HeadOfficialId = officialId;
        HeadPosition = position;
    }

    internal void Rename(string name) => Name = Rule.Text(name, "ENTITY_NAME_INVALID", "Nama entitas", 250);
}

/// <summary>A satuan kerja: KPU RI, a KPU Provinsi or a KPU Kabupaten/Kota, with its two entities, units and officials.</summary>
public sealed partial class WorkUnit
{
    private readonly List<AccountabilityEntity> _entities = [];
    private readonly List<OrganisationalUnit> _organisationalUnits = [];
    private readonly List<Official> _officials = [];

    private WorkUnit(string name, WorkUnitLevel level, Guid? parentId, string signatureCity)
    {
        Id = Guid.CreateVersion7();
        Name = Rule.Text(name, "WORK_UNIT_INVALID", "Nama satuan kerja", 200);
        Level = level;
        ParentId = parentId;
        SignatureCity = Rule.Text(signatureCity, "WORK_UNIT_INVALID", "Kota tempat penandatanganan", 100);
        _entities.Add(new AccountabilityEntity(EntityKind.Commission, Name, "Ketua"));
        _entities.Add(new AccountabilityEntity(EntityKind.Secretariat, "Sekretariat " + Name, "Sekretaris"));
    }

    private WorkUnit()
    {
        Name = string.Empty;
        SignatureCity = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>As the unit calls itself: "KPU Kota Serang", "KPU Provinsi Banten", "KPU RI".</summary>
    public string Name { get; private set; }

    public WorkUnitLevel Level { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Kode satker, six digits (<c>670714</c>).</summary>
    public string? SatkerCode { get; private set; }

    public Region? Province { get; private set; }

    /// <summary>Lokasi: the regency or city the budget is located in.</summary>
    public Region? Location { get; private set; }

    /// <summary>The city printed before the date in signature blocks ("Serang, 31 Januari 2020").</summary>
    public string SignatureCity { get; private set; }

    public Letterhead? Letterhead { get; private set; }

    /// <summary>Counts the changes made to the unit, its officials and organisational units; a stale save is refused.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<AccountabilityEntity> Entities => _entities;

    public IReadOnlyList<OrganisationalUnit> OrganisationalUnits => _organisationalUnits;

    public IReadOnlyList<Official> Officials => _officials;

    public static WorkUnit CreateNational(string name, string signatureCity) =>
        new(name, WorkUnitLevel.National, null, signatureCity);

    /// <summary>A KPU Provinsi; <paramref name="province"/> is null when the documents do not print its region code.</summary>
    public static WorkUnit CreateProvince(string name, WorkUnit nation, Region? province, string signatureCity)
    {
        Rule.Require(nation.Level == WorkUnitLevel.National, "WORK_UNIT_HIERARCHY", "KPU Provinsi berada di bawah KPU RI.");
        return new WorkUnit(name, WorkUnitLevel.Province, nation.Id, signatureCity) { Province = province };
    }

    /// <summary>A KPU Kabupaten/Kota; <paramref name="location"/> is null when the documents do not print its region code (see <see cref="SetLocation"/>).</summary>
    public static WorkUnit CreateRegencyCity(string name, WorkUnit province, Region? location, string signatureCity)
    {
        Rule.Require(province.Level == WorkUnitLevel.Province, "WORK_UNIT_HIERARCHY", "KPU Kabupaten/Kota berada di bawah KPU Provinsi.");
        return new WorkUnit(name, WorkUnitLevel.RegencyCity, province.Id, signatureCity)
        {
            Province = province.Province,
            Location = location,
        };
    }

    public AccountabilityEntity Entity(EntityKind kind) =>
        _entities.SingleOrDefault(e => e.Kind == kind) ?? throw new RuleViolationException("ENTITY_UNKNOWN", "Entitas tidak dikenal: pilih KPU atau Sekretariat.");

    /// <summary>
    /// Whether two names as printed name the same unit: "KPU Kota Serang", "KPU KOTA SERANG" and "Komisi Pemilihan Umum
    /// Kota Serang" do, and so do "Kabupaten" and "Kab.".
    /// </summary>
    public static bool SameName(string a, string b) => NameKey(a) == NameKey(b);

    private static string NameKey(string name) =>
        string.Join(' ', (name ?? string.Empty).ToUpperInvariant()
            .Replace("KOMISI PEMILIHAN UMUM", "KPU", StringComparison.Ordinal)
            .Replace("KABUPATEN", "KAB.", StringComparison.Ordinal)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public void AssignSatkerCode(string code)
    {
        var trimmed = Digits.ToAscii(code?.Trim() ?? string.Empty);
        Rule.Require(SatkerPattern().IsMatch(trimmed), "SATKER_CODE_INVALID", $"Kode satker harus 6 angka, bukan \"{code}\".");
        SatkerCode = trimmed;
        Revision++;
    }

    public void SetLocation(Region location)
    {
        Location = location;
        Revision++;
    }

    public void SetLetterhead(Letterhead letterhead)
    {
        Letterhead = letterhead;
        Revision++;
    }

    /// <summary>
    /// Corrects what the letterhead prints under the unit's name and the city before the date of its signature blocks.
    /// Every field is checked before any is set; a blank field prints nothing; all blank clears the letterhead.
    /// </summary>
    public void ChangeLetterhead(string? address, string? phone, string? fax, string? email, string? website, string signatureCity)
    {
        var letterhead = new Letterhead(
            Rule.OptionalText(address, "LETTERHEAD_ADDRESS_INVALID", "Alamat", 300),
            Rule.OptionalText(phone, "LETTERHEAD_PHONE_INVALID", "Telepon", 100),
            Rule.OptionalText(fax, "LETTERHEAD_FAX_INVALID", "Faksimile", 100),
            Rule.OptionalText(email, "LETTERHEAD_EMAIL_INVALID", "Surel", 200),
            Rule.OptionalText(website, "LETTERHEAD_WEBSITE_INVALID", "Laman", 200));
        Rule.Require(
            letterhead.Email is null || EmailPattern().IsMatch(letterhead.Email),
            "LETTERHEAD_EMAIL_INVALID",
            $"Surel \"{letterhead.Email}\" bukan alamat surel, contoh: kpu.serang@kpu.go.id.");
        var city = Rule.Text(signatureCity, "SIGNATURE_CITY_INVALID", "Kota tempat penandatanganan", 100);
        Letterhead = letterhead is { Address: null, Phone: null, Fax: null, Email: null, Website: null } ? null : letterhead;
        SignatureCity = city;
        Revision++;
    }

    public void Rename(string name, string signatureCity)
    {
        Name = Rule.Text(name, "WORK_UNIT_INVALID", "Nama satuan kerja", 200);
        SignatureCity = Rule.Text(signatureCity, "WORK_UNIT_INVALID", "Kota tempat penandatanganan", 100);
        Revision++;
    }

    public Official AddOfficial(string name, string position, Nip? nip = null)
    {
        Rule.Require(
            nip is null || _officials.All(o => o.Nip != nip),
            "OFFICIAL_DUPLICATE_NIP",
            $"NIP {nip} sudah terdaftar pada {Name}.");
        var official = new Official(name, position, nip);
        _officials.Add(official);
        Revision++;
        return official;
    }

    /// <summary>Makes an official the head of an entity, with the position printed above the signature.</summary>
    public void AppointHead(EntityKind entity, Official official, string? position = null)
    {
        EnsureOwn(official);
        Entity(entity).Appoint(official.Id, Rule.OptionalText(position, "OFFICIAL_POSITION_INVALID", "Jabatan", 200) ?? official.Position);
        Revision++;
    }

    /// <summary>Corrects an official's name, position or NIP; the NIP stays unique within the unit.</summary>
    public void ChangeOfficial(Official official, string name, string position, Nip? nip)
    {
        EnsureOwn(official);
        Rule.Require(
            nip is null || _officials.All(o => o == official || o.Nip != nip),
            "OFFICIAL_DUPLICATE_NIP",
            $"NIP {nip} sudah terdaftar pada {Name}.");
        official.Change(name, position, nip);
        Revision++;
    }

    /// <summary>Removes an official who heads neither entity: a head is replaced first, so no signature block is left without a signer.</summary>
    public void RemoveOfficial(Official official)
    {
        EnsureOwn(official);
        var headed = _entities.FirstOrDefault(e => e.HeadOfficialId == official.Id);
        Rule.Require(
            headed is null,
            "OFFICIAL_IS_HEAD",
            $"{official.Name} masih menjadi kepala {headed?.Name}; tetapkan kepala lain lebih dahulu.");
        _officials.Remove(official);
        Revision++;
    }

    /// <summary>Changes the name an entity prints in its documents ("Sekretariat KPU Kota Serang").</summary>
    public void RenameEntity(EntityKind entity, string name)
    {
        Entity(entity).Rename(name);
        Revision++;
    }

    public Official? HeadOf(EntityKind entity) =>
        Entity(entity).HeadOfficialId is { } id ? _officials.SingleOrDefault(o => o.Id == id) : null;

    public OrganisationalUnit AddOrganisationalUnit(EntityKind entity, string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        Rule.Require(
            !_organisationalUnits.Any(u => u.Entity == entity && string.Equals(u.Name, trimmed, StringComparison.OrdinalIgnoreCase)),
            "ORG_UNIT_DUPLICATE",
            $"Unit \"{trimmed}\" sudah ada.");
        var unit = new OrganisationalUnit(entity, trimmed);
        _organisationalUnits.Add(unit);
        Revision++;
        return unit;
    }

    /// <summary>
    /// The unit that name means in the entity, added when there is none yet (imports name units as they print them): the
    /// same name, else one that <see cref="UnitNames.Same"/> says is the same ("Subbag Hukum dan SDM" for "Subbag Hukum dan
    /// Sumber Daya Manusia"); the caller tells the user when the name it got differs from the one printed.
    /// </summary>
    public OrganisationalUnit OrganisationalUnitNamed(EntityKind entity, string name) =>
        _organisationalUnits.FirstOrDefault(u => u.Entity == entity && string.Equals(u.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? _organisationalUnits.FirstOrDefault(u => u.Entity == entity && UnitNames.Same(u.Name, name))
        ?? AddOrganisationalUnit(entity, name);

    public void RenameOrganisationalUnit(OrganisationalUnit unit, string name)
    {
        Rule.Require(_organisationalUnits.Contains(unit), "ORG_UNIT_UNKNOWN", $"Unit \"{unit.Name}\" bukan bagian dari {Name}.");
        var trimmed = name?.Trim() ?? string.Empty;
        Rule.Require(
            !_organisationalUnits.Any(u => u != unit && u.Entity == unit.Entity && string.Equals(u.Name, trimmed, StringComparison.OrdinalIgnoreCase)),
            "ORG_UNIT_DUPLICATE",
            $"Unit \"{trimmed}\" sudah ada.");
        unit.Rename(trimmed);
        Revision++;
    }

    public void RemoveOrganisationalUnit(OrganisationalUnit unit)
    {
        Rule.Require(_organisationalUnits.Contains(unit), "ORG_UNIT_UNKNOWN", $"Unit \"{unit.Name}\" bukan bagian dari {Name}.");
        _organisationalUnits.Remove(unit);
        Revision++;
    }

    private void EnsureOwn(Official official) =>
        Rule.Require(_officials.Contains(official), "OFFICIAL_UNKNOWN", $"{official.Name} bukan pejabat {Name}.");

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SatkerPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
