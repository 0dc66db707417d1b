using System.Globalization;
using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>A year between a base word and "to" is the base's ("fell by $3.7 billion against the same period of 2018, to
/// $15.1 billion" is this year's value); a clause that names no months has the months its sentence named before it
/// ("In the first nine months, exports … while imports …"); a target ("aim to bring trade to $10 billion", "довести
/// товарооборот до $1 млрд") is no data; a month after "к" is the point of comparison ("вырос на 20% к августу"). English and Russian; invented figures, working in comments.</summary>
public class BasePeriodAndTargetTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 1.9 + 13.2 = 15.1; [1.85 + 13.15, 1.95 + 13.25] = [15.0, 15.2] ∩ 15.1 [15.05, 15.15] → consistent (the 15.1 is
        // 2019's, not 2018's)
        { "In 2019, trade with China fell by $3.7 billion against the same period of 2018, to $15.1 billion. In 2019, exports to China came to $1.9 billion, while imports from China reached $13.2 billion.", ClaimKind.Sum, "15.1", Verdict.Consistent },
        // September: 15.2 + 16.9 = 32.1 [32.0, 32.2] ∩ [32.05, 32.15] → consistent; the nine months' imports (13.2) are
        // not September's
        { "In September, turnover came to $32.1 billion. In September, exports rose to $15.2 billion. In the first nine months, exports to China came to $1.9 billion, while imports from China reached $13.2 billion. Imports rose by 0.15 percent and reached $16.9 billion in September.", ClaimKind.Sum, "32.1", Verdict.Consistent },
        // "к августу" is the point of comparison: the 9.3 and 10.1 are September's; 10.1 − 9.3 = 0.8 [0.7, 0.9] ∩ [0.75, 0.85] → consistent
        { "Экспорт вырос на 20% к августу до 9,3 млрд крон, а импорт вырос на 8% к августу до 10,1 млрд крон. Дефицит торговли составил в сентябре 0,8 млрд крон.", ClaimKind.Difference, "0.8", Verdict.Consistent },
        // 2022: 1.2 + 3.8 = 5.0 [4.9, 5.1] ∩ 5.0 [4.95, 5.05] → consistent; the target of 10 is checked against nothing
        { "In 2022 trade reached $5.0 billion, with exports of $1.2 billion and imports of $3.8 billion. The two countries aim to bring trade to $10 billion.", ClaimKind.Sum, "5.0", Verdict.Consistent },
        { "В 2022 году товарооборот составил $5,0 млрд: экспорт – $1,2 млрд, импорт – $3,8 млрд. Стороны договорились довести товарооборот до $10 млрд.", ClaimKind.Sum, "5.0", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    [InlineData("In 2022 trade reached $5.0 billion, with exports of $1.2 billion and imports of $3.8 billion. The two countries aim to bring trade to $10 billion.")]
    [InlineData("In 2022 trade reached $5.0 billion, with exports of $1.2 billion and imports of $3.8 billion. The target is to lift trade to $10 billion by 2030.")]
    [InlineData("В 2022 году товарооборот составил $5,0 млрд: экспорт – $1,2 млрд, импорт – $3,8 млрд. Стороны договорились довести товарооборот до $10 млрд.")]
    [InlineData("В 2022 году товарооборот составил $5,0 млрд: экспорт – $1,2 млрд, импорт – $3,8 млрд. Стороны планируют нарастить товарооборот до $10 млрд.")]
    public void Target_IsNoClaim(string text)
    {
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Published.Value == 10m);
    }
}
