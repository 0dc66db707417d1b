using TradeDomain.Verification;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>A level whose own sentence says it is of the same period a year before ("Imports in the same period of last
/// year amounted to …") is the base of a rate printed elsewhere; a bare "last year" or a change clause does not make a
/// level earlier. Invented figures, working in comments.</summary>
public class EarlierLevelTests
{
    [Theory]
    [InlineData("Imports in the same period of last year amounted to US$21.4 billion.", "21.4", true)]
    [InlineData("A year earlier exports stood at $8.2 billion.", "8.2", true)]
    [InlineData("В аналогичном периоде прошлого года импорт составил 4,7 млрд долларов.", "4,7", true)]
    [InlineData("У відповідному періоді минулого року експорт становив 3,1 млрд доларів.", "3,1", true)]
    // A bare "last year" may be the release's own year.
    [InlineData("Total exports last month stood at US$15.21 billion.", "15.21", false)]
    [InlineData("В прошлом году внешнеторговый оборот области составил 1302,6 млн долларов.", "1302,6", false)]
    // The earlier words belong to the change before the level.
    [InlineData("Exports were up by 37% on the same period last year to EUR 39.66 billion.", "39.66", false)]
    [InlineData("Оборот сократился на 25% к тому же периоду прошлого года и составил $336,7 млн.", "336,7", false)]
    public void SamePeriodBefore_MakesTheLevelEarlier(string text, string figure, bool earlier) =>
        Assert.Equal(earlier, MentionReaderTests.At(text, figure).Earlier);

    [Theory]
    // 19.9 / 21.4 - 1 = -7.009%; inputs [19.85/21.45 - 1, 19.95/21.35 - 1] = [-7.459, -6.557]; 7.0 -> consistent.
    [InlineData("In the first half of 2021, imports fell by 7.0 percent to US$19.9 billion. Imports in the same period of last year amounted to US$21.4 billion.", "7.0", Verdict.Consistent)]
    // 5,6 / 4,7 - 1 = 19.15%; inputs [5,55/4,75 - 1, 5,65/4,65 - 1] = [16.84, 21.51]; 25 -> [24.5, 25.5]: no overlap, but the
    // base is linked from another sentence, so the mismatch is reported as ambiguous (another figure may have been meant).
    [InlineData("За девять месяцев 2022 года импорт вырос на 25% и составил 5,6 млрд долларов. В аналогичном периоде прошлого года импорт составил 4,7 млрд долларов.", "25", Verdict.Ambiguous)]
    public void RateChecksAgainstTheEarlierLevel(string text, string published, Verdict verdict) =>
        ShapeCheck.Verify(text, ClaimKind.Growth, published, verdict);
}
