using System.Text.Json;

namespace TradeDomain.Tests.Support;

/// <summary>Debian's iso-codes JSON tables, the oracle for the embedded ISO data. Tests that use them skip where the
/// package is not installed (.ci/run installs it).</summary>
internal static class IsoCodes
{
    internal const string Directory = "/usr/share/iso-codes/json";

    internal static JsonElement[] Table(string file, string key)
    {
        var path = Path.Combine(Directory, file);
        Assert.SkipUnless(File.Exists(path), $"{path} is missing: install Debian's iso-codes package (apt-get install -y iso-codes) to run this oracle test.");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return [.. doc.RootElement.GetProperty(key).EnumerateArray().Select(e => e.Clone())];
    }
}
