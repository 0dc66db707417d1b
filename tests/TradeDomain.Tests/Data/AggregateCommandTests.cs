using TradeDomain.Cli;

namespace TradeDomain.Tests.Data;

public sealed class AggregateCommandTests : IDisposable
{
    private readonly List<string> files = [];

    /// <summary>The temporary input files are removed after each test.</summary>
    public void Dispose()
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = Program.Run(args, new StringReader(""), stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Temp(string name, string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradecheck-{Guid.NewGuid():N}-{name}");
        File.WriteAllText(path, text);
        files.Add(path);
        return path;
    }

    [Fact]
    public void Aggregate_Csv_PrintsExactTotalsAndTheSummary()
    {
        var path = Temp("flows.csv", "reporter,partner,year,flow,value\nKZ,CN,2023,export,10.50\nKZ,CN,2023,export,0.25\nKZ,World,2023,export,10.75\nKZ,RU,2022,import,1.25\n");
        var (code, output, err) = Run("aggregate", path, "--by", "reporter,partner,year", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal(
            "reporter,partner,period,exports,imports,re_exports,re_imports,flows,currency\nKAZ,CHN,2023,10.75,0.00,0.00,0.00,2,USD\nKAZ,RUS,2022,0.00,1.25,0.00,0.00,1,USD\n",
            output);
        Assert.Contains("4 rows read: 3 flows into 2 groups, 1 set apart as totals, 0 skipped", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_BadRow_ExitsWithUsageErrorNamingLineAndColumn()
    {
        var path = Temp("bad.csv", "reporter,partner,year,flow,value\nKZ,CN,2023,export,10,5\n");
        var (code, _, err) = Run("aggregate", path);
        Assert.Equal(Program.UsageError, code);
        Assert.Contains("line 2", err, StringComparison.Ordinal);

        var (kept, output, summary) = Run("aggregate", path, "--keep-going", "--format", "csv");
        Assert.Equal(0, kept);
        Assert.Contains("1 skipped", summary, StringComparison.Ordinal);
        Assert.Equal("reporter,partner,period,exports,imports,re_exports,re_imports,flows,currency\n", output);
    }

    [Fact]
    public void Aggregate_UnknownDimension_IsAUsageError()
    {
        var path = Temp("flows.csv", "reporter,partner,year,flow,value\nKZ,CN,2023,export,1\n");
        var (code, _, err) = Run("aggregate", path, "--by", "reporter,colour");
        Assert.Equal(Program.UsageError, code);
        Assert.Contains("colour", err, StringComparison.Ordinal);
    }
}
