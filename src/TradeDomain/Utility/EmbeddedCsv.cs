using System.Reflection;
using System.Text;

namespace TradeDomain.Utility;

/// <summary>
/// Reads the reference-data CSV files embedded in the assembly. Lines starting with '#' are provenance
/// comments; the first other line is the header. Fields may be quoted with '"' (RFC 4180).
/// </summary>
internal static class EmbeddedCsv
{
    internal static List<Dictionary<string, string>> Read(string fileName, char separator = ',')
    {
        var name = "TradeDomain.Data." + fileName;
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the TradeDomain assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        string[]? header = null;
        var rows = new List<Dictionary<string, string>>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = Split(line, separator);
            if (header is null)
            {
                header = fields;
                continue;
            }

            var row = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
            for (int i = 0; i < header.Length; i++)
            {
                row[header[i]] = i < fields.Length ? fields[i] : "";
            }

            rows.Add(row);
        }

        return rows;
    }

    internal static string[] Split(string line, char separator = ',')
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
