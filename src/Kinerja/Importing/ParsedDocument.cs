using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Kinerja.Documents.Import;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;

namespace Kinerja.Importing;

/// <summary>
/// An <see cref="ImportedDocument"/> as JSON, so that a pending upload is read once, at its preview, and the recheck and
/// the commit use what was read. The document's lists have no setters: they are filled in place.
/// </summary>
public static class ParsedDocument
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        Converters = { new PeriodConverter(), new NipConverter(), new RegionConverter(), new JsonStringEnumConverter() },
        RespectRequiredConstructorParameters = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { StoredOnly } },
    };

    public static byte[] Serialize(ImportedDocument document) => JsonSerializer.SerializeToUtf8Bytes(document, Options);

    /// <summary>The document, or null when the bytes are not one (written by another version of the app, or damaged).</summary>
    public static ImportedDocument? Deserialize(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize<ImportedDocument>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (RuleViolationException)
        {
            // A value that no longer passes its type's rule: read the file again rather than trust it.
            return null;
        }
    }

    /// <summary>Leaves out what is computed from the rest (HasErrors, a plan's actions and total): only what was read is kept.</summary>
    private static void StoredOnly(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => p.Set is null && p.AssociatedParameter is null && !IsList(p.PropertyType)).ToList())
        {
            type.Properties.Remove(property);
        }
    }

    private static bool IsList(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>);

    /// <summary>A period as its code (T1, B12): its constructor is private, and the code is how documents print it.</summary>
    private sealed class PeriodConverter : JsonConverter<Period>
    {
        public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Period.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue(value.Code);
    }

    /// <summary>A region through its validating constructor: for a struct the serializer would otherwise use the empty one.</summary>
    private sealed class RegionConverter : JsonConverter<Region>
    {
        public override Region Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parts = JsonSerializer.Deserialize<string[]>(ref reader, options);
            return parts is [var code, var name] ? new Region(code, name) : throw new JsonException("A region is [code, name].");
        }

        public override void Write(Utf8JsonWriter writer, Region value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(value.Code);
            writer.WriteStringValue(value.Name);
            writer.WriteEndArray();
        }
    }

    /// <summary>A NIP as its 18 digits.</summary>
    private sealed class NipConverter : JsonConverter<Nip>
    {
        public override Nip Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Nip.Parse(reader.GetString() ?? string.Empty);

        public override void Write(Utf8JsonWriter writer, Nip value, JsonSerializerOptions options) => writer.WriteStringValue(value.Digits);
    }
}
