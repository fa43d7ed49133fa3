namespace Kinerja.Domain.Common;

/// <summary>
/// Reads an enum from typed or posted text by its defined names only. <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/>
/// also takes any number ("99") and comma lists ("Rkt, Pk"), which then get stored and break every page that shows them.
/// </summary>
public static class DefinedEnum
{
    public static bool TryParse<T>(string? text, out T value)
        where T : struct, Enum
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            var name = text.Trim();
            foreach (var defined in Enum.GetValues<T>())
            {
                if (string.Equals(defined.ToString(), name, StringComparison.OrdinalIgnoreCase))
                {
                    value = defined;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>The value named by <paramref name="text"/>; <paramref name="empty"/> when nothing was typed; otherwise the rule <paramref name="code"/> is broken.</summary>
    public static T Read<T>(string? text, T empty, string code, string message)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return empty;
        }

        return TryParse<T>(text, out var value) ? value : throw new RuleViolationException(code, message);
    }
}
