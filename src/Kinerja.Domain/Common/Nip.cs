using System.Globalization;

namespace Kinerja.Domain.Common;

public enum Sex
{
    Male = 1,
    Female = 2,
}

/// <summary>
/// Nomor Induk Pegawai: 18 digits = birth date (yyyyMMdd) + appointment (yyyyMM) + sex (1 male, 2 female) + sequence (3 digits).
/// Printed grouped as <c>19660202 198712 1 007</c>.
/// </summary>
public readonly record struct Nip
{
    private Nip(string digits)
    {
        Digits = digits;
    }

    public string Digits { get; }

    public DateOnly BirthDate => DateOnly.ParseExact(Digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The month the person was appointed a civil servant (the day is always 1).</summary>
    public DateOnly AppointedIn => DateOnly.ParseExact(Digits[8..14] + "01", "yyyyMMdd", CultureInfo.InvariantCulture);

    public Sex Sex => Digits[14] == '1' ? Sex.Male : Sex.Female;

    public int Sequence => int.Parse(Digits[15..], CultureInfo.InvariantCulture);

    public string Grouped => $"{Digits[..8]} {Digits[8..14]} {Digits[14]} {Digits[15..]}";

    /// <summary>Why <paramref name="text"/> is not a NIP, or null when it is one. Spaces, dots and dashes between groups are accepted.</summary>
    public static string? Problem(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "NIP kosong.";
        }

        var digits = new string(Common.Digits.ToAscii(text).Where(c => !char.IsWhiteSpace(c) && c is not '.' and not '-').ToArray());
        if (!digits.All(char.IsAsciiDigit))
        {
            return $"NIP \"{text.Trim()}\" memuat karakter selain angka.";
        }

        if (digits.Length != 18)
        {
            return $"NIP harus 18 angka, \"{text.Trim()}\" berisi {digits.Length}.";
        }

        if (!DateOnly.TryParseExact(digits[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth.Year < 1900)
        {
            return $"Tanggal lahir pada NIP ({digits[..8]}) bukan tanggal yang sah.";
        }

        if (!DateOnly.TryParseExact(digits[8..14] + "01", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var appointed))
        {
            return $"Bulan pengangkatan pada NIP ({digits[8..14]}) bukan bulan yang sah.";
        }

        if (appointed < birth.AddYears(15))
        {
            return $"Pengangkatan pada NIP ({digits[8..14]}) terlalu dekat dengan tanggal lahir ({digits[..8]}).";
        }

        if (digits[14] is not '1' and not '2')
        {
            return $"Digit jenis kelamin pada NIP harus 1 atau 2, bukan {digits[14]}.";
        }

        if (digits[15..] == "000")
        {
            return "Nomor urut pada NIP tidak boleh 000.";
        }

        return null;
    }

    public static bool TryParse(string? text, out Nip nip)
    {
        nip = default;
        if (Problem(text) is not null)
        {
            return false;
        }

        nip = new Nip(new string(Common.Digits.ToAscii(text!).Where(char.IsAsciiDigit).ToArray()));
        return true;
    }

    public static Nip Parse(string text) =>
        TryParse(text, out var nip) ? nip : throw new RuleViolationException("NIP_INVALID", Problem(text)!);

    public override string ToString() => Digits is null ? string.Empty : Grouped;
}
