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
        using var process = System.Diagnostics.Process.Start(start)!;
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

    /// <summary>Runs tradecheck as a real process (dotnet exec), with bytes on standard input, through bash so the output
    /// can go to a file such as /dev/full.</summary>
    private static (int Code, string Out, string Err) Process(byte[] stdin, string redirect, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "tradecheck.dll");
        var command = "exec dotnet exec " + Quote(dll) + " " + string.Join(' ', args.Select(Quote)) + redirect;
        var start = new ProcessStartInfo("bash", ["-c", command])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            process.StandardInput.BaseStream.Write(stdin);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // the tool may stop reading early (usage error before input)
        }

        Assert.True(process.WaitForExit(120_000), "tradecheck did not finish");
        return (process.ExitCode, output.Result, error.Result);

        static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }

    private static readonly byte[] Inconsistent = System.Text.Encoding.UTF8.GetBytes("Exports increased by 8.0%, from $10.0 billion to $10.5 billion.");

    [Fact]
    public void ExitCode0_NoClaimInconsistent_RealProcess()
    {
        var (code, output, _) = Process([], "", "check", Seed);
        Assert.Equal(0, code);
        Assert.Contains("3 consistent, 0 inconsistent", output);
    }

    [Fact]
    public void ExitCode1_SomeClaimInconsistent_FromStandardInput_RealProcess()
    {
        var (code, output, _) = Process(Inconsistent, "", "check", "-");
        Assert.Equal(1, code);
        Assert.Contains("INCONSISTENT", output);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--format", "yaml")]
    public void ExitCode2_UsageError_RealProcess(params string[] extra)
    {
        var (code, _, err) = Process([], "", ["check", Seed, .. extra]);
        Assert.Equal(2, code);
        Assert.StartsWith("tradecheck: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void ExitCode2_BinaryOnStandardInput_AsForAPath_RealProcess()
    {
        byte[] binary = [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, 0xC3, 0x28, 0xFF, 0xFE, 0x80];
        var path = Path.Combine(Path.GetTempPath(), $"tradecheck-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, binary);
        try
        {
            var fromStdin = Process(binary, "", "check", "-");
            var fromPath = Process([], "", "check", path);
            Assert.Equal(2, fromStdin.Code);
            Assert.Equal(2, fromPath.Code);
            Assert.Contains("not valid UTF-8", fromStdin.Err);
            Assert.Contains("not valid UTF-8", fromPath.Err);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ExitCode2_NulCharacters_AreNotText()
    {
        var (code, _, err) = Run("Exports rose\0 5%.", "check", "-");
        Assert.Equal(2, code);
        Assert.Contains("NUL", err);
    }

    [Fact]
    public void ExitCode2_StandardInputOverTheLimit_AsForAPath()
    {
        using var big = new RepeatingStream((byte)'a', Program.MaxInputBytes + 1);
        var error = new StringWriter();
        int code = Program.Run(["check", "-"], big, new StringWriter(), error);
        Assert.Equal(2, code);
        Assert.Contains("64 MiB", error.ToString());
    }

    [Fact]
    public void ExitCode2_Directory_SaysItIsADirectory()
    {
        var (code, _, err) = Run("", "check", Path.GetTempPath());
        Assert.Equal(2, code);
        Assert.Contains("is a directory", err);
    }

    [Fact]
    public void ExitCode3_OutputCannotBeWritten_RealProcess()
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "needs /dev/full");
        var (code, _, err) = Process([], " > /dev/full", "check", Seed);
        Assert.Equal(3, code);
        Assert.Contains("cannot write the output", err);
        Assert.DoesNotContain("Unhandled exception", err);
    }

    [Fact]
    public void ExitCode3_OutputFailure_InProcess()
    {
        var error = new StringWriter();
        int code = Program.Run(["check", Seed], new MemoryStream(), new FailingWriter(), error);
        Assert.Equal(Program.OutputError, code);
        Assert.StartsWith("tradecheck: cannot write the output", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_StatesExitCodesAndInputLimits()
    {
        var help = Run("", "check", "--help").Out;
        foreach (var expected in new[] { "64 MiB", "UTF-8", "0 no claim inconsistent", "1 some claim inconsistent", "2 usage or input error", "3 output or internal failure" })
        {
            Assert.Contains(expected, help);
        }
    }

    private sealed class FailingWriter : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }

    /// <summary>A stream of <paramref name="length"/> copies of one byte, made as it is read.</summary>
    private sealed class RepeatingStream(byte value, long length) : Stream
    {
        private long position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - position);
            buffer.AsSpan(offset, n).Fill(value);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
