using TradeDomain.Verification;
using TradeDomain.Verification.Languages;
using Xunit;

namespace TradeDomain.Tests.Verification.Languages;

/// <summary>Georgian: detected by its alphabet (which has no capitals, so any of its letters may start a sentence), read
/// like Russian ("11 324.7 მლნ.", "3,39 მილიარდი"), the whole of a share in the genitive before it ("ბრუნვის 44.0
/// პროცენტია"), "რაც" (which) opening the comparison after a figure, the topic marker "კი"; its word list in
/// <c>Verification/Languages/ka/phrases.csv</c>. Invented figures, working in comments.</summary>
public class GeorgianTests
{
    private const string Release = "2024 წლის იანვარ-ივნისში საქართველოს საგარეო სავაჭრო ბრუნვამ 7 500.6 მლნ. აშშ დოლარი შეადგინა, რაც წინა წლის ანალოგიურ პერიოდთან შედარებით 10.2 პროცენტით მეტია. აქედან ექსპორტი 2 100.4 მლნ. აშშ დოლარი იყო, იმპორტი კი – 5 400.2 მლნ. აშშ დოლარი. უარყოფითმა სავაჭრო ბალანსმა 3 299.8 მლნ. აშშ დოლარი შეადგინა, რაც საგარეო სავაჭრო ბრუნვის 44.0 პროცენტია.";

    [Fact]
    public void GeorgianText_IsDetected()
    {
        Assert.Equal(Language.Georgian, Lexicon.Detect(Release));
    }

    [Fact]
    public void GeorgianSentences_AreSplitWithoutCapitals_ButNotAfterScaleAbbreviations()
    {
        Assert.Equal(3, Sentences.Paragraphs(Release).Sum(p => p.Count));
    }

    public static TheoryData<string, ClaimKind, string, Verdict> Shapes => new()
    {
        // 2 100.4 + 5 400.2 = 7 500.6, inputs [7 500.5, 7 500.7] ∋ 7 500.6 [7 500.55, 7 500.65] → consistent (the turnover
        // is this year's: "რაც წინა წლის …" is what it is compared with)
        { Release, ClaimKind.Sum, "7500.6", Verdict.Consistent },
        // deficit: 5 400.2 − 2 100.4 = 3 299.8 → consistent
        { Release, ClaimKind.Difference, "3299.8", Verdict.Consistent },
        // 3 299.8 / 7 500.6 = 43.994%; inputs [3 299.75 / 7 500.65, 3 299.85 / 7 500.55] = [43.9929, 43.9950] ∋ 44.0 [43.95, 44.05]
        { Release, ClaimKind.Share, "44.0", Verdict.Consistent },
        // one sentence: 7 600.6 [7 600.55, 7 600.65] against [7 500.5, 7 500.7] → inconsistent
        { "საგარეო სავაჭრო ბრუნვამ 7 600.6 მლნ. აშშ დოლარი შეადგინა, აქედან ექსპორტი 2 100.4 მლნ. აშშ დოლარი იყო, იმპორტი კი – 5 400.2 მლნ. აშშ დოლარი.", ClaimKind.Sum, "7600.6", Verdict.Inconsistent },
        // compound amounts: 483.4 + 1 117 = 1 600.4 million, inputs [1 599.85, 1 600.95] (the compound is precise to
        // 1 million); 1 მილიარდ 600 მილიონი → [1 599.5, 1 600.5]: they overlap → consistent
        { "საგარეო სავაჭრო ბრუნვამ 1 მილიარდ 600 მილიონი აშშ დოლარი შეადგინა. აქედან ექსპორტი 483.4 მილიონი აშშ დოლარი იყო, იმპორტი კი 1 მილიარდ 117 მილიონი აშშ დოლარი.", ClaimKind.Sum, "1600", Verdict.Consistent },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Shape_IsExtractedAndChecked(string text, ClaimKind kind, string published, Verdict verdict)
    {
        ShapeCheck.Verify(text, kind, published, verdict);
    }
}
