using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace TradeDomain.Tests.Countries;

public class CountryGroupTests
{
    private static Country C(string code) => Country.FromCode(code);

    [Fact]
    public void Sco_During2023_EightThroughout_NineAtYearEnd()
    {
        var during = CountryGroup.SCO.MembersDuring(Period.Year(2023));
        Assert.Equal(8, during.Throughout.Length);
        Assert.Equal(9, during.AtAnyTime.Length);
        Assert.Equal([C("IR")], during.Changed);
        Assert.Equal(9, CountryGroup.SCO.MembersAt(new LocalDate(2023, 12, 31)).Length);
        Assert.Equal(10, CountryGroup.SCO.MembersAt(new LocalDate(2024, 7, 4)).Length);
        Assert.Equal(6, CountryGroup.SCO.MembersAt(new LocalDate(2001, 6, 15)).Length);
        Assert.Empty(CountryGroup.SCO.MembersAt(new LocalDate(2001, 6, 14)));
    }

    [Fact]
    public void Observers_AreNotMembers()
    {
        Assert.False(CountryGroup.SCO.IsMember(C("MN"), new LocalDate(2024, 1, 1)));
        Assert.Contains(CountryGroup.SCO.MembershipsAt(new LocalDate(2024, 1, 1)), m => m.Country == C("MN") && m.Status == MembershipStatus.Observer);
    }

    [Fact]
    public void Eu_UkLeft1Feb2020()
    {
        Assert.True(CountryGroup.EU.IsMember(C("GB"), new LocalDate(2020, 1, 31)));
        Assert.False(CountryGroup.EU.IsMember(C("GB"), new LocalDate(2020, 2, 1)));
        Assert.Equal(28, CountryGroup.EU.MembersAt(new LocalDate(2019, 1, 1)).Length);
        Assert.Equal(27, CountryGroup.EU.MembersAt(new LocalDate(2024, 1, 1)).Length);
    }

    [Theory]
    [InlineData("EAEU", "2015-01-01", 3)]
    [InlineData("EAEU", "2015-01-02", 4)]
    [InlineData("EAEU", "2016-01-01", 5)]
    [InlineData("BRICS", "2023-12-31", 5)]
    [InlineData("BRICS", "2024-01-01", 9)]
    [InlineData("BRICS", "2025-01-06", 10)]
    [InlineData("ASEAN", "2024-01-01", 10)]
    [InlineData("G7", "2024-01-01", 7)]
    [InlineData("G20", "2024-01-01", 19)]
    [InlineData("CIS", "2010-01-01", 11)]
    public void BuiltInGroups_Counts(string id, string date, int count) =>
        Assert.Equal(count, CountryGroup.FromId(id).MembersAt(LocalDate.FromDateTime(DateTime.Parse(date))).Length);

    [Fact]
    public void CustomGroup_InCodeAndJson()
    {
        var group = CountryGroup.Create("CA5", "Central Asia", [
            new(C("KZ"), new LocalDate(1991, 12, 16), null),
            new(C("KG"), new LocalDate(1991, 8, 31), null),
        ]);
        Assert.Equal(2, group.MembersAt(new LocalDate(2000, 1, 1)).Length);
        var json = JsonSerializer.Serialize(group);
        Assert.Equal(group, JsonSerializer.Deserialize<CountryGroup>(json));
        Assert.Equal(CountryGroup.SCO, JsonSerializer.Deserialize<CountryGroup>(JsonSerializer.Serialize(CountryGroup.SCO)));
    }

    [Fact]
    public void Json_Malformed_HasPath()
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CountryGroup[]>(
            """[{"id":"X","name":"X","members":[{"country":"KZ","from":"2020-13-01"}]}]"""));
        Assert.StartsWith("$[0]", e.Path);
    }

    [Fact]
    public void Create_OverlappingIntervals_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => CountryGroup.Create("X", "X", [
            new(C("KZ"), new LocalDate(2000, 1, 1), null),
            new(C("KZ"), new LocalDate(2010, 1, 1), null),
        ]));
        Assert.Contains("overlap", e.Message);
    }

    [FsCheck.Xunit.Property]
    public Property MembersAt_AgreesWithIntervals() =>
        Prop.ForAll(Gen.Choose(0, 25_000).ToArbitrary(), Gen.Elements<CountryGroup>(CountryGroup.BuiltIn).ToArbitrary(), (days, group) =>
        {
            var date = new LocalDate(1955, 1, 1).PlusDays(days);
            var expected = group.Memberships.Where(m => m.CountsAsMember && m.IsActiveAt(date)).Select(m => m.Country).Distinct().Order();
            return group.MembersAt(date).SequenceEqual(expected)
                   && Country.Current.All(c => group.IsMember(c, date) == group.MembersAt(date).Contains(c));
        });

    [FsCheck.Xunit.Property]
    public Property MembersDuring_IsBetweenTheDays() =>
        Prop.ForAll(Gen.Choose(1990, 2026).ToArbitrary(), Gen.Elements<CountryGroup>(CountryGroup.BuiltIn).ToArbitrary(), (year, group) =>
        {
            var during = group.MembersDuring(Period.Year(year));
            var days = Enumerable.Range(0, Period.Year(year).LengthInDays).Select(d => group.MembersAt(new LocalDate(year, 1, 1).PlusDays(d))).ToArray();
            return during.Throughout.SequenceEqual(days.Aggregate((a, b) => [.. a.Intersect(b)]).Order())
                   && during.AtAnyTime.SequenceEqual(days.SelectMany(d => d).Distinct().Order());
        });
}
