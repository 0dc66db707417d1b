namespace TradeDomain.Verification.Mentions;

/// <summary>
/// Fiscal years: a release that names a span across a year's end ("July-May", "from July 2021 to May 2022") counts its
/// year from that span's first month, so its "first 11 months" (read as months 1 to 11 of a calendar year) are the same
/// span: July to May.
/// </summary>
internal static partial class MentionReader
{
    /// <summary>Where the mentions of a run of sentences name exactly one first month of spans across a year's end, moves
    /// their spans from January (of two to eleven months) to start at that month.</summary>
    internal static void AlignFiscalSpans(IEnumerable<List<FigureMention>> sentences)
    {
        int? start = null;
        foreach (var ms in sentences)
        {
            foreach (var m in ms)
            {
                if (m.Months is (int a, int b) && b < a)
                {
                    if (start is not null && start != a)
                    {
                        return;
                    }

                    start = a;
                }
            }
        }

        if (start is not int first)
        {
            return;
        }

        foreach (var ms in sentences)
        {
            foreach (var m in ms)
            {
                if (m.Months is (1, int n) && n is >= 2 and <= 11 && first - 1 + n > 12)
                {
                    m.Months = (first, ((first - 1 + n - 1) % 12) + 1);
                }
            }
        }
    }
}
