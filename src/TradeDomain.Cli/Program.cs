using System.CommandLine;
using System.Text;
using TradeDomain.Verification;

namespace TradeDomain.Cli;

/// <summary>The <c>tradecheck</c> command line: <c>tradecheck check FILE|- [--format table|json|markdown]</c>.</summary>
/// <remarks>Exit codes: <see cref="Ok"/> 0, <see cref="Inconsistent"/> 1, <see cref="UsageError"/> 2 (usage or input),
/// <see cref="OutputError"/> 3 (output or internal failure). Input, from a path or standard input alike: UTF-8 text
/// (a byte-order mark is dropped), no NUL characters, at most <see cref="MaxInputBytes"/> bytes.</remarks>
public static class Program
{
    /// <summary>Exit code when no claim is inconsistent.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when some claim is inconsistent.</summary>
    public const int Inconsistent = 1;

    /// <summary>Exit code for usage and input errors (unknown option, missing or unreadable file, a directory, input that
    /// is not UTF-8 text or is over the size limit).</summary>
    public const int UsageError = 2;

    /// <summary>Exit code when the report could not be written (a full disk, a closed pipe) or the tool failed inside;
    /// distinct from 1 so a script never takes a failure for "a claim is inconsistent".</summary>
    public const int OutputError = 3;

    /// <summary>The most input read, from a file or standard input alike: 64 MiB.</summary>
    public const long MaxInputBytes = 64L * 1024 * 1024;

    private const string Limits =
        "Input: a UTF-8 text file, or - for standard input; the same rules for both: valid UTF-8 (a byte-order mark is dropped), no NUL characters, at most 64 MiB. "
        + "Exit codes: 0 no claim inconsistent, 1 some claim inconsistent, 2 usage or input error, 3 output or internal failure.";

    /// <summary>Runs the tool.</summary>
    public static int Main(string[] args)
    {
        using var stdin = Console.OpenStandardInput();
        return Run(args, stdin, Console.Out, Console.Error);
    }

    /// <summary>Runs the tool with the given text as standard input (for tests); the text is encoded as UTF-8 first.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        using var bytes = new MemoryStream(new UTF8Encoding(false).GetBytes(stdin.ReadToEnd()));
        return Run(args, bytes, stdout, stderr);
    }

    /// <summary>Runs the tool with the given streams; standard input is read as bytes, with the same checks as a file.</summary>
    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var file = new Argument<string>("file") { Description = "The text to check: a UTF-8 file path, or - for standard input (at most 64 MiB either way)." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output: table (default), json or markdown.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "markdown");
        var dollar = new Option<string?>("--dollar")
        {
            Description = "The ISO 4217 currency that \"$\" and \"dollars\" mean in the text (default USD).",
        };

        var check = new Command("check", "Extract the figures of a press release and check each claim against the others. " + Limits)
        {
            file,
            format,
            dollar,
        };
        int exitCode = Ok;
        check.SetAction(parse =>
        {
            exitCode = Check(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(dollar), stdin, stdout, stderr);
            return exitCode;
        });

        var root = new RootCommand("tradecheck — checks whether the figures of a trade press release add up, allowing for published rounding. " + Limits)
        {
            check,
            ReportCommand.Create(stdin, stdout, stderr),
            AggregateCommand.Create(stdout, stderr),
        };

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                stderr.WriteLine("tradecheck: " + error.Message);
            }

            return UsageError;
        }

        // Failures are ours to report: the default handler would print a stack trace and exit 1, which means "inconsistent".
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        try
        {
            int code = result.Invoke(configuration);
            stdout.Flush();
            return code;
        }
        catch (IOException e)
        {
            return Fail(stderr, "cannot write the output: " + e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Fail(stderr, $"internal error ({e.GetType().Name}): {e.Message}");
        }
    }

    private static int Fail(TextWriter stderr, string message)
    {
        try
        {
            stderr.WriteLine("tradecheck: " + message);
            stderr.Flush();
        }
        catch (IOException)
        {
            // nothing more can be said
        }

        return OutputError;
    }

    private static int Check(string path, string format, string? dollarCode, Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var context = CurrencyContext.Default;
        if (dollarCode is not null)
        {
            if (!Currency.TryFromCode(dollarCode, out var dollar))
            {
                stderr.WriteLine($"tradecheck: --dollar '{dollarCode}' is not an ISO 4217 currency code.");
                return UsageError;
            }

            context = context.WithDollar(dollar);
        }

        if (!TryRead(path, stdin, out var text, out var error))
        {
            stderr.WriteLine("tradecheck: " + error);
            return UsageError;
        }

        var report = VerificationReport.Check(text, context);
        stdout.Write(format switch
        {
            "json" => report.ToJson() + Environment.NewLine,
            "markdown" => report.ToMarkdown(),
            _ => report.ToText(),
        });
        return report.HasInconsistent ? Inconsistent : Ok;
    }

    /// <summary>Reads a UTF-8 input file, or standard input for <c>-</c>, with the same checks for both.</summary>
    internal static bool TryRead(string path, Stream stdin, out string text, out string error)
    {
        text = "";
        var name = path == "-" ? "standard input" : $"file '{path}'";
        try
        {
            byte[] bytes;
            int length;
            if (path == "-")
            {
                if (!TryReadLimited(stdin, out bytes, out length))
                {
                    error = $"standard input is over the limit of {MaxInputBytes / (1024 * 1024)} MiB.";
                    return false;
                }
            }
            else
            {
                if (Directory.Exists(path))
                {
                    error = $"'{path}' is a directory; give a text file (or - for standard input).";
                    return false;
                }

                var info = new FileInfo(path);
                if (!info.Exists)
                {
                    error = $"file '{path}' not found.";
                    return false;
                }

                if (info.Length > MaxInputBytes)
                {
                    error = $"file '{path}' is {info.Length / (1024 * 1024)} MiB; the limit is {MaxInputBytes / (1024 * 1024)} MiB.";
                    return false;
                }

                using var stream = info.OpenRead();
                if (!TryReadLimited(stream, out bytes, out length))
                {
                    error = $"file '{path}' grew over the limit of {MaxInputBytes / (1024 * 1024)} MiB while being read.";
                    return false;
                }
            }

            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes, 0, length).TrimStart('\uFEFF');
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                error = $"{name} holds NUL characters: it is binary data, not text.";
                text = "";
                return false;
            }

            error = "";
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = $"{name} is not valid UTF-8 text.";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read {name}: {e.Message}";
            return false;
        }
    }

    /// <summary>Reads at most <see cref="MaxInputBytes"/> bytes; false when there are more. Memory is the input plus at
    /// most the buffer's doubling slack.</summary>
    private static bool TryReadLimited(Stream stream, out byte[] bytes, out int length)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > MaxInputBytes)
            {
                bytes = [];
                length = 0;
                return false;
            }

            buffer.Write(chunk, 0, n);
        }

        bytes = buffer.GetBuffer();
        length = (int)buffer.Length;
        return true;
    }
}
