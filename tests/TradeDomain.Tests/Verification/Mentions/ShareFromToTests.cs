using TradeDomain.Verification;
using Xunit;

namespace TradeDomain.Tests.Verification.Mentions;

/// <summary>"Доля СНГ в экспорте сократилась с 31,8% до 22,4%": the new value of a share is the share now, the earlier
/// value stays an earlier value, so the new values of a sentence's shares form its share set and the earlier ones do not
/// join it; shares of different wholes ("в експорті – до 12%, в імпорті – до 16%") form no set. English, Russian and
/// Ukrainian; invented figures, working in comments.</summary>
public class ShareFromToTests
{
    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 22.4 + 64.6 + 13 = 100.0, stated complete ("других стран"); three shares' rounding moves the sum by at most
        // 0.05 + 0.05 + 0.5 = 0.6 → [99.4, 100.6] holds 100 → consistent
        { "Экспорт составил $812,3 млн. Доля СНГ в общем объеме экспорта сократилась с 31,8% до 22,4%, доля ЕС увеличилась с 53,8% до 64,6%, а доля других стран снизилась с 14,4% до 13%.", ClaimKind.ShareSet, "100.0", Verdict.Consistent },
        // 37 + 12 = 49 of one whole, a partial list: at most 100 + 1.0 → consistent
        { "The EU's share of exports fell to 37% from 41%, while the CIS share of exports fell to 12% from 14%.", ClaimKind.ShareSet, "49", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Fact]
    public void EarlierShares_DoNotJoinTheSet()
    {
        var sets = VerificationReport.Check("Экспорт составил $812,3 млн. Доля СНГ в общем объеме экспорта сократилась с 31,8% до 22,4%, доля ЕС увеличилась с 53,8% до 64,6%, а доля других стран снизилась с 14,4% до 13%.")
            .Checks.Where(c => c.Claim.Kind == ClaimKind.ShareSet).ToList();
        Assert.Equal(100.0m, Assert.Single(sets).Claim.Published.Value);
    }

    [Theory]
    [InlineData("Частка СНД в експорті скоротилася до 12% з 14%, в імпорті – до 16% з 20%.")]
    [InlineData("Доля СНГ в экспорте сократилась до 12% с 14%, в импорте – до 16% с 20%.")]
    public void SharesOfDifferentWholes_FormNoSet(string text)
    {
        Assert.DoesNotContain(VerificationReport.Check(text).Checks, c => c.Claim.Kind == ClaimKind.ShareSet);
    }
}
