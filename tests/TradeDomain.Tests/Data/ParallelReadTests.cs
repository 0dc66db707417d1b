using System.Globalization;
using System.Text;
using TradeDomain.Aggregation;
using TradeDomain.Data;

namespace TradeDomain.Tests.Data;

/// <summary>A CSV file read on every core (cut into small parts) gives what the same bytes read as a stream give:
/// aggregate, set-apart totals, counts, bad rows with their lines, progress.</summary>
public sealed class ParallelReadTests : IDisposable
{
    private static readonly CsvColumnMap Map = new() { Reporter = "reporter", Partner = "partner", Period = "period", Flow = "flow", Value = "value", Currency = "currency" };

    private static readonly string[] Codes = ["KZ", "CN", "RU", "US", "DE", "FR", "IN", "CH", "World"];

    private readonly List<string> files = [];

    public void Dispose()
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }
    }

    private string Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tradedomain-parallel-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        files.Add(path);
        return path;
    }

    private static string Rows(int n, int seed, Func<int, string?>? bad = null, string newline = "\n")
    {
        var random = new Random(seed);
        var text = new StringBuilder("reporter,partner,period,flow,value,currency" + newline);
        for (int i = 0; i < n; i++)
        {
            string row = bad?.Invoke(i) ?? string.Create(CultureInfo.InvariantCulture,
                $"{Codes[random.Next(8)]},{Codes[random.Next(Codes.Length)]},{2019 + random.Next(5)},{(random.Next(2) == 0 ? "export" : "import")},{random.Next(1, 1_000_000)}.{random.Next(100):00},USD");
            text.Append(row).Append(newline);
        }

        return text.ToString();
    }

    private static TradeFileAggregate Parallel(string path, TradeFileOptions? options, AggregationOptions? aggregation, out bool inParallel)
    {
        using var reader = TradeFiles.OpenCsv(path, Map, options);
        ((CsvFlowReader)reader).PartBytes = 4096;
        var result = reader.Aggregate(aggregation);
        inParallel = ((CsvFlowReader)reader).ReadInParallel;
        return result;
    }

    private static TradeFileAggregate Streamed(string text, TradeFileOptions? options, AggregationOptions? aggregation)
    {
        using var reader = TradeFiles.OpenCsvStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x.csv", Map, options);
        return reader.Aggregate(aggregation);
    }

    private static void AssertSame(TradeFileAggregate expected, TradeFileAggregate actual)
    {
        Assert.Equal(expected.Aggregate.Rows.ToArray(), actual.Aggregate.Rows.ToArray());
        Assert.Equal(expected.SetApart.Rows.ToArray(), actual.SetApart.Rows.ToArray());
        Assert.Equal((expected.Summary.Rows, expected.Summary.Flows, expected.Summary.SetApart, expected.Summary.Skipped),
            (actual.Summary.Rows, actual.Summary.Flows, actual.Summary.SetApart, actual.Summary.Skipped));
        Assert.Equal(expected.Summary.SetApartByReason.OrderBy(kv => kv.Key), actual.Summary.SetApartByReason.OrderBy(kv => kv.Key));
        Assert.Equal(expected.Summary.SkippedByReason.OrderBy(kv => kv.Key), actual.Summary.SkippedByReason.OrderBy(kv => kv.Key));
        Assert.Equal(expected.Summary.Problems.Select(p => (p.Line, p.Column, p.Value, p.Reason)), actual.Summary.Problems.Select(p => (p.Line, p.Column, p.Value, p.Reason)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void ManyParts_SameAsAStream(string newline)
    {
        var text = Rows(20_000, 1, newline: newline);
        var path = Write(text);
        var grouping = new AggregationOptions { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period };
        foreach (var options in new AggregationOptions?[] { null, grouping })
        {
            var parallel = Parallel(path, null, options, out bool inParallel);
            Assert.True(inParallel);
            AssertSame(Streamed(text, null, options), parallel);
            Assert.Equal(new FileInfo(path).Name, parallel.Summary.File);
        }
    }

    [Fact]
    public void BadRowsCollected_SameLinesAsAStream()
    {
        var text = Rows(20_000, 2, i => i % 997 == 5 ? "KZ,CN,2023,export,12.5x,USD" : i % 1499 == 7 ? "KZ,CN,2023,export" : i % 2003 == 11 ? "XQ,CN,2023,export,1,USD" : null);
        var path = Write(text);
        var options = new TradeFileOptions { BadRows = BadRowPolicy.Collect, MaxProblemsKept = 25 };
        var parallel = Parallel(path, options, null, out bool inParallel);
        Assert.True(inParallel);
        var streamed = Streamed(text, options, null);
        AssertSame(streamed, parallel);
        Assert.True(parallel.Summary.Skipped > 25);
        Assert.Equal(25, parallel.Summary.Problems.Count);
    }

    [Fact]
    public void BadRowStops_AtTheFirstInTheFile()
    {
        var text = Rows(20_000, 3, i => i is 12_345 or 17_000 or 19_999 ? "KZ,CN,2023,export,12.5x,USD" : null);
        var path = Write(text);
        var fromStream = Assert.Throws<TradeDataException>(() => Streamed(text, null, null));
        var fromParts = Assert.Throws<TradeDataException>(() => Parallel(path, null, null, out _));
        Assert.Equal(12_345 + 2, fromParts.Problem.Line);
        Assert.Equal(fromStream.Problem with { File = "" }, fromParts.Problem with { File = "" });
    }

    [Fact]
    public void QuotedLineBreaksAcrossCuts_ReadAsAStream()
    {
        // Every row has a quoted field with a line break in it, so some cut falls inside quotes: the parallel result
        // is dropped and the file is read as a stream, with the same result.
        var text = Rows(5_000, 4, i => i % 3 == 0 ? "KZ,CN,2023,export,1.5,\"US\nD\"" : null);
        var path = Write(text);
        var options = new TradeFileOptions { BadRows = BadRowPolicy.Collect };
        var parallel = Parallel(path, options, null, out bool inParallel);
        Assert.False(inParallel);
        AssertSame(Streamed(text, options, null), parallel);
    }

    [Fact]
    public void Progress_MonotonicToTheEnd()
    {
        var text = Rows(200_000, 5);
        var path = Write(text);
        var seen = new List<TradeFileProgress>();
        var options = new TradeFileOptions { Progress = new Recorder(seen) };
        var result = Parallel(path, options, null, out bool inParallel);
        Assert.True(inParallel);
        Assert.True(seen.Count >= 2);
        Assert.Equal(seen.Select(p => p.Rows).Order(), seen.Select(p => p.Rows));
        Assert.Equal(200_000, seen[^1].Rows);
        Assert.Equal(new FileInfo(path).Length, seen[^1].TotalBytes);
        Assert.Equal(200_000, result.Summary.Rows);
    }

    /// <summary>A Parquet file in the flow schema (nullable columns) of several row groups, with World totals and, when
    /// <paramref name="bad"/>, rows with an unknown reporter code or a null currency.</summary>
    private string WriteParquet(int groups, int rowsPerGroup, bool bad)
    {
        var ints = TradeParquet.FlowColumns.Take(8).Select(n => (Parquet.Schema.DataField)new Parquet.Schema.DataField<int?>(n)).ToArray();
        var value = new Parquet.Schema.DecimalDataField("value", 18, 2, isNullable: true);
        var path = Path.Combine(Path.GetTempPath(), $"tradedomain-parallel-{Guid.NewGuid():N}.parquet");
        files.Add(path);
        var random = new Random(7);
        int[] areas = [398, 156, 643, 842, 276, 251, 699, 757, 0];
        using (var file = File.Create(path))
        {
            var writer = Parquet.ParquetWriter.CreateAsync(new Parquet.Schema.ParquetSchema([.. ints, value]), file).GetAwaiter().GetResult();
            for (int g = 0; g < groups; g++)
            {
                var columns = Enumerable.Range(0, 8).Select(_ => new int?[rowsPerGroup]).ToArray();
                var values = new decimal?[rowsPerGroup];
                for (int i = 0; i < rowsPerGroup; i++)
                {
                    int row = (g * rowsPerGroup) + i;
                    columns[0][i] = bad && row % 1009 == 17 ? 9999 : areas[random.Next(8)];
                    columns[1][i] = areas[random.Next(areas.Length)];
                    columns[2][i] = 2019 + random.Next(5);
                    columns[3][i] = random.Next(3) == 0 ? random.Next(1, 13) : 0;
                    columns[4][i] = random.Next(1, 3);
                    columns[5][i] = 0;
                    columns[6][i] = 0;
                    columns[7][i] = bad && row % 1499 == 3 ? null : 840;
                    values[i] = random.Next(1, 1_000_000) + (random.Next(100) / 100m);
                }

                using var rowGroup = writer.CreateRowGroup();
                for (int c = 0; c < 8; c++)
                {
                    rowGroup.WriteAsync<int>(ints[c], columns[c]).GetAwaiter().GetResult();
                }

                rowGroup.WriteAsync<decimal>(value, values).GetAwaiter().GetResult();
            }

            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        return path;
    }

    private static TradeFileAggregate ParquetParallel(string path, TradeFileOptions? options, AggregationOptions? aggregation)
    {
        using var reader = TradeFiles.OpenParquet(path, options);
        var result = reader.Aggregate(aggregation);
        Assert.True(((ParquetFlowReader)reader).ReadInParallel);
        return result;
    }

    private static TradeFileAggregate ParquetStreamed(string path, TradeFileOptions? options, AggregationOptions? aggregation)
    {
        using var reader = TradeFiles.OpenParquetStream(new MemoryStream(File.ReadAllBytes(path)), Path.GetFileName(path), options);
        return reader.Aggregate(aggregation);
    }

    [Fact]
    public void Parquet_RowGroupsOnEveryCore_SameAsAStream()
    {
        var path = WriteParquet(7, 3000, bad: false);
        foreach (var options in new AggregationOptions?[] { null, new() { GroupBy = TradeDimensions.Reporter | TradeDimensions.Period } })
        {
            AssertSame(ParquetStreamed(path, null, options), ParquetParallel(path, null, options));
        }
    }

    [Fact]
    public void Parquet_BadRows_CollectedInFileOrder_AndStopAtTheFirst()
    {
        var path = WriteParquet(7, 3000, bad: true);
        var collect = new TradeFileOptions { BadRows = BadRowPolicy.Collect, MaxProblemsKept = 10 };
        var parallel = ParquetParallel(path, collect, null);
        AssertSame(ParquetStreamed(path, collect, null), parallel);
        Assert.True(parallel.Summary.Skipped > 10);
        var fromStream = Assert.Throws<TradeDataException>(() => ParquetStreamed(path, null, null));
        using var reader = TradeFiles.OpenParquet(path);
        var fromGroups = Assert.Throws<TradeDataException>(() => reader.Aggregate());
        Assert.Equal(fromStream.Problem, fromGroups.Problem);
        Assert.Equal(4, fromGroups.Problem.Line);
    }

    private sealed class Recorder(List<TradeFileProgress> seen) : IProgress<TradeFileProgress>
    {
        public void Report(TradeFileProgress value) => seen.Add(value);
    }
}
