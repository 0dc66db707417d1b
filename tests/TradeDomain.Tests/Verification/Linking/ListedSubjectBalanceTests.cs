using TradeDomain.Verification;
using TradeDomain.Verification.Mentions;
using Xunit;

namespace TradeDomain.Tests.Verification.Linking;

/// <summary>
/// Balances said of each of several countries, whose exports and imports are listed by country in other sentences: a
/// list's later items are compared by the names they add themselves, and a name by its stem without its case ending.
/// </summary>
public sealed class ListedSubjectBalanceTests
{
    // Latvia: 5.371 − 4.404 = 0.967, inputs [0.9660, 0.9680] bn; 966.7 million → [966.65, 966.75]: consistent.
    // Lithuania: 11.522 − 10.35 = 1.172, inputs [1.1665, 1.1775]; 1.172 → [1.1715, 1.1725]: consistent.
    private const string En = "In January-May Latvia exported goods worth 4.404 billion euros, Lithuania - 10.35 billion euros. "
        + "Latvia's imports were 5.371 billion euros, Lithuania imported goods worth 11.522 billion euros. "
        + "Both had a trade deficit: Latvia's deficit was 966.7 million euros, Lithuania's - 1.172 billion euros.";

    private const string Ru = "В январе-мае Латвия экспортировала товары на сумму 4,404 млрд евро, Литва - на 10,35 млрд евро. "
        + "Импорт Латвии составил 5,371 млрд евро, Литва ввезла товаров на 11,522 млрд евро. "
        + "Баланс обеих стран был отрицательным: дефицит Латвии составил 966,7 млн евро, Литвы - 1,172 млрд евро.";

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        { En, ClaimKind.Difference, "966.7", Verdict.Consistent },
        { En, ClaimKind.Difference, "1.172", Verdict.Consistent },
        { Ru, ClaimKind.Difference, "966.7", Verdict.Consistent },
        { Ru, ClaimKind.Difference, "1.172", Verdict.Consistent },
        // Linked across sentences by subject: a mismatch is ambiguous, never inconsistent.
        { Ru.Replace("Литвы - 1,172", "Литвы - 1,272", StringComparison.Ordinal), ClaimKind.Difference, "1.272", Verdict.Ambiguous },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }

    [Theory]
    [InlineData("литва", "литвы")]
    [InlineData("латвия", "латвии")]
    [InlineData("китай", "китая")]
    [InlineData("казахстан", "казахстаном")]
    [InlineData("china", "china's")]
    [InlineData("україна", "україни")]
    public void CaseForms_OfOneName_HaveOneStem(string a, string b)
    {
        Assert.Equal(MentionReader.SubjectStem(a), MentionReader.SubjectStem(b));
    }

    [Theory]
    [InlineData("литва", "латвия")]
    [InlineData("россия", "румыния")]
    public void DifferentNames_HaveDifferentStems(string a, string b)
    {
        Assert.NotEqual(MentionReader.SubjectStem(a), MentionReader.SubjectStem(b));
    }
}
