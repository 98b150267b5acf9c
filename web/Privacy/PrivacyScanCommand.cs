using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Web.Privacy;

/// <summary>
/// `dotnet run --project web -- privacy scan`: reads JSON lines {"id", "text"} on stdin and writes one line
/// {"id", "findings": [{"start", "length", "kind"}]} per input, offsets in UTF-16 code units. Runs the detector
/// alone: no web host, no database, so it can evaluate the check on any labelled set.
/// </summary>
internal static class PrivacyScanCommand
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<bool> TryRunAsync(string[] args)
    {
        if (args is not ["privacy", "scan"])
        {
            return false;
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        using var input = new StreamReader(Console.OpenStandardInput(), utf8);
        await using var output = new StreamWriter(Console.OpenStandardOutput(), utf8);
        Environment.ExitCode = await RunAsync(input, output, new DutchPersonalDataDetector());
        return true;
    }

    /// <summary>Scans every non-blank line; a line that is not {"id", "text"} gets an "error" instead of findings, and exit code 1.</summary>
    internal static async Task<int> RunAsync(TextReader input, TextWriter output, IPrivacyCheck check)
    {
        var exitCode = 0;
        while (await input.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                if (!TryScan(line, check, writer))
                {
                    exitCode = 1;
                }
            }

            await output.WriteLineAsync(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        await output.FlushAsync();
        return exitCode;
    }

    private static bool TryScan(string line, IPrivacyCheck check, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            writer.WritePropertyName("id");
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out var id))
            {
                id.WriteTo(writer);
            }
            else
            {
                writer.WriteNullValue();
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                writer.WriteString("error", "Each line needs a \"text\" string.");
                return false;
            }

            writer.WriteStartArray("findings");
            foreach (var finding in check.Find(text.GetString()!))
            {
                writer.WriteStartObject();
                writer.WriteNumber("start", finding.Start);
                writer.WriteNumber("length", finding.Length);
                writer.WriteString("kind", KindName(finding.Kind));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            return true;
        }
        catch (JsonException)
        {
            writer.WriteNull("id");
            writer.WriteString("error", "The line is not JSON.");
            return false;
        }
        finally
        {
            writer.WriteEndObject();
        }
    }

    // The command's vocabulary, fixed apart from the enum's member names.
    internal static string KindName(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Bsn => "bsn",
        PersonalDataKind.Phone => "phone",
        PersonalDataKind.Email => "email",
        PersonalDataKind.Iban => "iban",
        PersonalDataKind.Postcode => "postcode",
        PersonalDataKind.Address => "address",
        PersonalDataKind.Date => "date",
        PersonalDataKind.Plate => "plate",
        PersonalDataKind.Name => "name",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
