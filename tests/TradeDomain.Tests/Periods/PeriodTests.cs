using System.Text.Json;
using NodaTime;

namespace TradeDomain.Tests.Periods;

public class PeriodTests
{
    [Theory]
    [InlineData("2023", "2023-01-01", "2023-12-31", PeriodKind.Year)]
    [InlineData("2023-Q4", "2023-10-01", "2023-12-31", PeriodKind.Quarter)]
    [InlineData("2023-H1", "2023-01-01", "2023-06-30", PeriodKind.HalfYear)]
    [InlineData("2024-03", "2024-03-01", "2024-03-31", PeriodKind.Month)]
    [InlineData("2024-01/2024-09", "2024-01-01", "2024-09-30", PeriodKind.MonthRange)]
    [InlineData("FY2023/24", "2023-04-01", "2024-03-31", PeriodKind.FiscalYear)]
    [InlineData("FY2023/24 (Oct–Sep)", "2023-10-01", "2024-09-30", PeriodKind.FiscalYear)]
    [InlineData("2024-02-29", "2024-02-29", "2024-02-29", PeriodKind.Day)]
    [InlineData("2024-03-05/2024-03-10", "2024-03-05", "2024-03-10", PeriodKind.DayRange)]
    [InlineData("the first quarter of 2024", "2024-01-01", "2024-03-31", PeriodKind.Quarter)]
    [InlineData("Q1 2024", "2024-01-01", "2024-03-31", PeriodKind.Quarter)]
    [InlineData("H2 2023", "2023-07-01", "2023-12-31", PeriodKind.HalfYear)]
    [InlineData("in the first half of 2024", "2024-01-01", "2024-06-30", PeriodKind.HalfYear)]
    [InlineData("January-September 2024", "2024-01-01", "2024-09-30", PeriodKind.MonthRange)]
    [InlineData("January–June 2024", "2024-01-01", "2024-06-30", PeriodKind.MonthRange)]
    [InlineData("Jan-Sep 2024", "2024-01-01", "2024-09-30", PeriodKind.MonthRange)]
    [InlineData("November 2023 – February 2024", "2023-11-01", "2024-02-29", PeriodKind.MonthRange)]
    [InlineData("the first nine months of 2024", "2024-01-01", "2024-09-30", PeriodKind.MonthRange)]
    [InlineData("March 2024", "2024-03-01", "2024-03-31", PeriodKind.Month)]
    [InlineData("5 March 2024", "2024-03-05", "2024-03-05", PeriodKind.Day)]
    [InlineData("в 2023 году", "2023-01-01", "2023-12-31", PeriodKind.Year)]
    [InlineData("2023 год", "2023-01-01", "2023-12-31", PeriodKind.Year)]
    [InlineData("за 2023 г.", "2023-01-01", "2023-12-31", PeriodKind.Year)]
    [InlineData("январь-сентябрь 2024 года", "2024-01-01", "2024-09-30", PeriodKind.MonthRange)]
    [InlineData("в январе-июне 2024 года", "2024-01-01", "2024-06-30", PeriodKind.MonthRange)]
    [InlineData("за январь–март 2024 г.", "2024-01-01", "2024-03-31", PeriodKind.MonthRange)]
    [InlineData("I квартал 2024 года", "2024-01-01", "2024-03-31", PeriodKind.Quarter)]
    [InlineData("в IV квартале 2023 года", "2023-10-01", "2023-12-31", PeriodKind.Quarter)]
    [InlineData("в первом полугодии 2024 года", "2024-01-01", "2024-06-30", PeriodKind.HalfYear)]
    [InlineData("9 месяцев 2024 года", "2024-01-01", "2024-09-30", PeriodKind.MonthRange)]
    [InlineData("в марте 2024 года", "2024-03-01", "2024-03-31", PeriodKind.Month)]
    [InlineData("5 марта 2024 года", "2024-03-05", "2024-03-05", PeriodKind.Day)]
    public void Parse_FormsAndPhrases(string text, string start, string end, PeriodKind kind)
    {
        var p = Period.Parse(text);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(start)), p.Start);
        Assert.Equal(LocalDate.FromDateTime(DateTime.Parse(end)), p.End);
        Assert.Equal(kind, p.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-Q5")]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("Smarch 2024")]
    [InlineData("FY2023/25")]
    [InlineData("the fifth quarter of 2024")]
    [InlineData("2024-09/2024-01")]
    [InlineData("Georgia 2024")]
    public void Parse_Invalid_FormatExceptionListsForms(string text)
    {
        var e = Assert.Throws<FormatException>(() => Period.Parse(text));
        Assert.Contains("2023-Q4", e.Message);
        Assert.False(Period.TryParse(text, null, out _));
    }

    [Theory]
    [InlineData("2023", "2023", "2023 год")]
    [InlineData("2024-Q1", "the first quarter of 2024", "I квартал 2024 года")]
    [InlineData("2023-H2", "the second half of 2023", "II полугодие 2023 года")]
    [InlineData("2024-01/2024-09", "January–September 2024", "январь–сентябрь 2024 года")]
    [InlineData("2023-11/2024-02", "November 2023–February 2024", "ноябрь 2023 года – февраль 2024 года")]
    [InlineData("2024-03", "March 2024", "март 2024 года")]
    [InlineData("2024-03-05", "5 March 2024", "5 марта 2024 года")]
    [InlineData("2024-03-05/2024-04-10", "5 March 2024–10 April 2024", "5 марта 2024 года – 10 апреля 2024 года")]
    public void Format_Phrases(string canonical, string english, string russian)
    {
        var p = Period.Parse(canonical);
        Assert.Equal(canonical, p.ToString());
        Assert.Equal(english, p.ToString("E", null));
        Assert.Equal(russian, p.ToString("R", null));
        Assert.Equal(p, Period.Parse(english));
        Assert.Equal(p, Period.Parse(russian));
    }

    [Fact]
    public void Previous_SameLength()
    {
        Assert.Equal(Period.Quarter(2023, 3), Period.Quarter(2023, 4).Previous());
        Assert.Equal(Period.Quarter(2023, 4), Period.Quarter(2024, 1).Previous());
        Assert.Equal(Period.Parse("2023-04/2023-12"), Period.Parse("2024-01/2024-09").Previous());
        Assert.Equal(Period.Year(2022), Period.Year(2023).Previous());
        Assert.Equal(Period.FiscalYear(2022), Period.FiscalYear(2023).Previous());
    }

    [Fact]
    public void SamePeriodPreviousYear_KeepsMonths()
    {
        Assert.Equal(Period.Parse("2023-01/2023-09"), Period.Parse("2024-01/2024-09").SamePeriodPreviousYear());
        Assert.Equal(Period.Month(2023, 2), Period.Month(2024, 2).SamePeriodPreviousYear());
        Assert.Equal(Period.Day(new LocalDate(2023, 2, 28)), Period.Day(new LocalDate(2024, 2, 29)).SamePeriodPreviousYear());
    }

    [Fact]
    public void YearsBetween_2019To2023_IsFour()
    {
        Assert.Equal(4m, Period.YearsBetween(Period.Year(2019), Period.Year(2023)));
        Assert.Equal(1.5m, Period.YearsBetween(Period.Quarter(2023, 1), Period.Quarter(2024, 3)));
        Assert.Equal(-4m, Period.YearsBetween(Period.Year(2023), Period.Year(2019)));
    }

    [Fact]
    public void QuarterVersusYear_IsNotComparable_AndSaysSo()
    {
        Assert.False(Period.Quarter(2023, 4).IsComparableWith(Period.Year(2023)));
        var e = Assert.Throws<ArgumentException>(() => Period.YearsBetween(Period.Quarter(2023, 4), Period.Year(2024)));
        Assert.Contains("quarter of 3 months", e.Message);
        Assert.Contains("year of 12 months", e.Message);
        Assert.True(Period.Quarter(2024, 1).IsComparableWith(Period.Parse("2023-01/2023-03")));
    }

    [Fact]
    public void Contains_AndLengths()
    {
        var p = Period.Parse("2024-01/2024-09");
        Assert.True(p.Contains(new LocalDate(2024, 9, 30)));
        Assert.False(p.Contains(new LocalDate(2024, 10, 1)));
        Assert.Equal(9, p.LengthInMonths);
        Assert.Equal(274, p.LengthInDays);
        Assert.Throws<InvalidOperationException>(() => Period.Day(new LocalDate(2024, 1, 1)).LengthInMonths);
    }

    [Fact]
    public void NodaTimeConversions()
    {
        var month = Period.Month(new YearMonth(2024, 2));
        Assert.Equal(new YearMonth(2024, 2), month.ToYearMonth());
        Assert.Equal(new DateInterval(new LocalDate(2024, 2, 1), new LocalDate(2024, 2, 29)), month.ToDateInterval());
        Assert.Equal(Period.Parse("2024-02-01/2024-02-29"), Period.FromDateInterval(month.ToDateInterval()));
    }

    [Theory]
    [InlineData("the previous year", "2024-01/2024-09", "2023-01/2023-09")]
    [InlineData("a year earlier", "2023", "2022")]
    [InlineData("the same period of 2023", "2024-01/2024-09", "2023-01/2023-09")]
    [InlineData("the same period last year", "2024-Q2", "2023-Q2")]
    [InlineData("годом ранее", "2024-01/2024-06", "2023-01/2023-06")]
    [InlineData("за аналогичный период прошлого года", "2024-01/2024-09", "2023-01/2023-09")]
    [InlineData("в прошлом году", "2024", "2023")]
    [InlineData("the previous quarter", "2024-Q1", "2023-Q4")]
    [InlineData("предыдущий месяц", "2024-01", "2023-12")]
    [InlineData("2019", "2023", "2019")]
    public void ParseRelative_ResolvesAgainstReference(string text, string reference, string expected) =>
        Assert.Equal(Period.Parse(expected), Period.ParseRelative(text, Period.Parse(reference)));

    [Fact]
    public void ParseRelative_PreviousQuarterOfAYear_Fails() =>
        Assert.Throws<FormatException>(() => Period.ParseRelative("the previous quarter", Period.Year(2024)));

    [Fact]
    public void Default_IsRefused()
    {
        Period none = default;
        Assert.True(none.IsDefault);
        Assert.Throws<InvalidOperationException>(() => none.Previous());
        Assert.False(none.IsComparableWith(Period.Year(2023)));
    }

    [Fact]
    public void Factories_ValidateWithRange()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Period.Quarter(2023, 5));
        Assert.Contains("between 1 and 4", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Period.FiscalYear(2023, 1));
        Assert.Throws<ArgumentException>(() => Period.MonthRange(new YearMonth(2024, 9), new YearMonth(2024, 1)));
    }

    [Fact]
    public void Json_CanonicalString()
    {
        var json = JsonSerializer.Serialize(new Dictionary<Period, int> { [Period.Quarter(2023, 4)] = 1 });
        Assert.Equal("""{"2023-Q4":1}""", json);
        Assert.Equal("\"2024-01/2024-09\"", JsonSerializer.Serialize(Period.Parse("January–September 2024")));
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Period[]>("""["2023","2023-Q9"]"""));
        Assert.Equal("$[1]", e.Path);
    }
}
