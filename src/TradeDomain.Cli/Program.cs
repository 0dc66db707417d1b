using System.CommandLine;
using System.Text;
using TradeDomain.Verification;

namespace TradeDomain.Cli;

/// <summary>The <c>tradecheck</c> command line: <c>tradecheck check FILE|- [--format table|json|markdown]</c>.</summary>
public static class Program
{
    /// <summary>Exit code when no claim is inconsistent.</summary>
    public const int Ok = 0;

    /// <summary>Exit code when some claim is inconsistent.</summary>
    public const int Inconsistent = 1;

    /// <summary>Exit code for usage and input errors.</summary>
    public const int UsageError = 2;

    private const long MaxInputBytes = 64L * 1024 * 1024;

    /// <summary>Runs the tool.</summary>
    public static int Main(string[] args) => Run(args, Console.In, Console.Out, Console.Error);

    /// <summary>Runs the tool with the given streams (for tests).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var file = new Argument<string>("file") { Description = "The text to check: a file path, or - for standard input." };
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

        var check = new Command("check", "Extract the figures of a press release and check each claim against the others.")
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

        var root = new RootCommand("tradecheck — checks whether the figures of a trade press release add up, allowing for published rounding.")
        {
            check,
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

        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        int code = result.Invoke(configuration);
        return code;
    }

    private static int Check(string path, string format, string? dollarCode, TextReader stdin, TextWriter stdout, TextWriter stderr)
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

    private static bool TryRead(string path, TextReader stdin, out string text, out string error)
    {
        text = "";
        error = "";
        try
        {
            if (path == "-")
            {
                text = stdin.ReadToEnd();
                return true;
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                error = $"file '{path}' not found.";
                return false;
            }

            if (info.Length > MaxInputBytes)
            {
                error = $"file '{path}' is {info.Length / (1024 * 1024)} MB; the limit is {MaxInputBytes / (1024 * 1024)} MB.";
                return false;
            }

            var bytes = File.ReadAllBytes(path);
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = $"file '{path}' is not valid UTF-8 text.";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read '{path}': {e.Message}";
            return false;
        }
    }
}
