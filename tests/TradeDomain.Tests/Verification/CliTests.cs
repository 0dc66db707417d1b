using System.Diagnostics;
using System.Text.Json;
using TradeDomain.Cli;

namespace TradeDomain.Tests.Verification;

public class CliTests
{
    private static string Seed => Path.Combine(AppContext.BaseDirectory, "seeds", "000_e2c78f17f126c964.txt");

    private static (int Code, string Out, string Err) Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Check_Seed_Table_ExitsZero()
    {
        var (code, output, _) = Run("", "check", Seed);
        Assert.Equal(0, code);
        Assert.Contains("3 consistent, 0 inconsistent, 0 ambiguous, 1 unverifiable", output);
    }

    [Fact]
    public void Check_Json_HasShape()
    {
        var (code, output, _) = Run("", "check", Seed, "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(4, doc.RootElement.GetProperty("claims").GetArrayLength());
        Assert.Equal(3, doc.RootElement.GetProperty("summary").GetProperty("consistent").GetInt32());
    }

    [Fact]
    public void Check_Markdown() => Assert.StartsWith("| # |", Run("", "check", Seed, "--format", "markdown").Out, StringComparison.Ordinal);

    [Fact]
    public void Check_StandardInput_Inconsistent_ExitsOne()
    {
        var (code, output, _) = Run("Exports increased by 8.0%, from $10.0 billion to $10.5 billion.", "check", "-");
        Assert.Equal(1, code);
        Assert.Contains("INCONSISTENT", output);
    }

    [Theory]
    [InlineData("check", "/no/such/file.txt")]
    [InlineData("check")]
    [InlineData("check", "x.txt", "--bogus")]
    [InlineData("check", "x.txt", "--format", "yaml")]
    [InlineData("frobnicate")]
    public void UsageErrors_ExitTwo_WithOneLineOnStderr(params string[] args)
    {
        var (code, _, err) = Run("", args);
        Assert.Equal(2, code);
        Assert.StartsWith("tradecheck: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void NotUtf8_ExitsTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradecheck-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [0x66, 0xC3, 0x28, 0xFF]);
        try
        {
            var (code, _, err) = Run("", "check", path);
            Assert.Equal(2, code);
            Assert.Contains("UTF-8", err);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Help_And_Version_Work()
    {
        Assert.Equal(0, Run("", "--help").Code);
        Assert.Contains("check", Run("", "--help").Out);
        Assert.Equal(0, Run("", "--version").Code);
    }

    [Fact]
    public void RealProcess_Seed_Json()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "tradecheck.dll");
        Assert.True(File.Exists(dll), dll);
        var start = new ProcessStartInfo("dotnet", ["exec", dll, "check", Seed, "--format", "json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        Assert.Equal(0, process.ExitCode);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, doc.RootElement.GetProperty("summary").GetProperty("unverifiable").GetInt32());
    }

    [Fact]
    public void LargeInput_FinishesWithBoundedWork()
    {
        var seed = File.ReadAllText(Seed);
        var text = string.Concat(Enumerable.Repeat(seed + "\n\n", 5_000_000 / seed.Length));
        var (code, output, _) = Run(text, "check", "-", "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("\"consistent\"", output);
    }
}
