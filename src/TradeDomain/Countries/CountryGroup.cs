using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;
using TradeDomain.Serialization;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>
/// A named group of countries whose membership changes over time (SCO, EAEU, EU, BRICS, CIS, ASEAN, G7, G20, or your
/// own): a set of dated membership intervals, each with a status and a source.
/// </summary>
/// <remarks>
/// Membership is never an undated snapshot: ask who was a member on a date (<see cref="MembersAt"/>) or during a
/// period (<see cref="MembersDuring"/>). "Member" counts full members, associates and participants — what trade
/// statistics of a group add up — and not observers; <see cref="MembershipsAt"/> gives every status.
/// Groups are immutable and compared by id, name and memberships.
/// </remarks>
[JsonConverter(typeof(CountryGroupJsonConverter))]
public sealed class CountryGroup : IEquatable<CountryGroup>
{
    private static readonly Lazy<ImmutableArray<CountryGroup>> BuiltInGroups = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    // Change points of membership and the (sorted) members from each one until the next: MembersAt is a binary search.
    private readonly LocalDate[] changes;
    private readonly ImmutableArray<Country>[] membersFrom;

    private CountryGroup(string id, string name, string russianName, ImmutableArray<GroupMembership> memberships)
    {
        Id = id;
        Name = name;
        RussianName = russianName;
        Memberships = memberships;
        var points = new SortedSet<LocalDate>();
        foreach (var m in memberships)
        {
            points.Add(m.From);
            if (m.To is { } to && to < LocalDate.MaxIsoValue)
            {
                points.Add(to.PlusDays(1));
            }
        }

        changes = [.. points];
        membersFrom = [.. changes.Select(d => memberships.Where(m => m.CountsAsMember && m.IsActiveAt(d)).Select(m => m.Country).Distinct().Order().ToImmutableArray())];
    }

    /// <summary>Creates a group of your own.</summary>
    /// <exception cref="ArgumentException">Empty id or name, a <c>default(GroupMembership)</c> (no country) among the
    /// memberships, or two intervals of one country overlap.</exception>
    public static CountryGroup Create(string id, string name, IEnumerable<GroupMembership> memberships, string? russianName = null)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckNotNull(name);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "A group needs a non-empty id such as \"SCO\".");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "A group needs a non-empty name.");
        var given = Preconditions.CheckNotNull(memberships).ToArray();
        int empty = Array.FindIndex(given, m => m.Country.IsDefault);
        Preconditions.CheckArgument(empty < 0, nameof(memberships),
            $"Membership [{empty}] of {id} is default(GroupMembership), which has no country; create each with new GroupMembership(country, from, …).");
        var list = given.OrderBy(m => m.Country).ThenBy(m => m.From).ToImmutableArray();
        for (int i = 1; i < list.Length; i++)
        {
            var (a, b) = (list[i - 1], list[i]);
            Preconditions.CheckArgument(a.Country != b.Country || (a.To is { } end && end < b.From), nameof(memberships),
                $"Two membership intervals of {b.Country} in {id} overlap (from {a.From:uuuu-MM-dd} and from {b.From:uuuu-MM-dd}); end one before the next starts.");
        }

        return new CountryGroup(id, name, russianName ?? name, list);
    }

    /// <summary>Shanghai Cooperation Organisation.</summary>
    public static CountryGroup SCO => FromId("SCO");

    /// <summary>Eurasian Economic Union.</summary>
    public static CountryGroup EAEU => FromId("EAEU");

    /// <summary>European Union (EEC from 1958), with every enlargement and the UK's departure (last day 31 January 2020).</summary>
    public static CountryGroup EU => FromId("EU");

    /// <summary>BRICS.</summary>
    public static CountryGroup BRICS => FromId("BRICS");

    /// <summary>Commonwealth of Independent States.</summary>
    public static CountryGroup CIS => FromId("CIS");

    /// <summary>Association of Southeast Asian Nations.</summary>
    public static CountryGroup ASEAN => FromId("ASEAN");

    /// <summary>Group of Seven.</summary>
    public static CountryGroup G7 => FromId("G7");

    /// <summary>Group of Twenty (the countries; the EU and the African Union are members too but not countries).</summary>
    public static CountryGroup G20 => FromId("G20");

    /// <summary>The built-in groups, loaded once from the embedded data (Data/country-groups.csv).</summary>
    public static IReadOnlyList<CountryGroup> BuiltIn => BuiltInGroups.Value;

    /// <summary>A built-in group by id, in any case ("sco").</summary>
    /// <exception cref="ArgumentException">No built-in group has that id.</exception>
    public static CountryGroup FromId(string id)
    {
        Preconditions.CheckNotNull(id);
        foreach (var g in BuiltInGroups.Value)
        {
            if (string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return g;
            }
        }

        throw new ArgumentException($"No built-in country group {Preconditions.Quote(id)}; the built-in ones are {string.Join(", ", BuiltInGroups.Value.Select(g => g.Id))}.", nameof(id));
    }

    internal static bool TryFromId(string id, [NotNullWhen(true)] out CountryGroup? group)
    {
        group = BuiltInGroups.Value.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));
        return group is not null;
    }

    /// <summary>Short identifier, e.g. "SCO".</summary>
    public string Id { get; }

    /// <summary>English name.</summary>
    public string Name { get; }

    /// <summary>Russian name.</summary>
    public string RussianName { get; }

    /// <summary>Every membership interval, ordered by country and start.</summary>
    public ImmutableArray<GroupMembership> Memberships { get; }

    /// <summary>Members on <paramref name="date"/> (not observers), ordered.</summary>
    public ImmutableArray<Country> MembersAt(LocalDate date)
    {
        int i = Array.BinarySearch(changes, date);
        if (i < 0)
        {
            i = ~i - 1;
        }

        return i < 0 ? [] : membersFrom[i];
    }

    /// <summary>Every membership interval in force on <paramref name="date"/>, observers included.</summary>
    public ImmutableArray<GroupMembership> MembershipsAt(LocalDate date) => [.. Memberships.Where(m => m.IsActiveAt(date))];

    /// <summary>Whether <paramref name="country"/> was a member (not an observer) on <paramref name="date"/>.</summary>
    public bool IsMember(Country country, LocalDate date)
    {
        foreach (var m in Memberships)
        {
            if (m.Country == country && m.CountsAsMember && m.IsActiveAt(date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Members during a period: those who were members on every day of it, and those who were on at least one
    /// day. SCO during 2023: 8 throughout (Iran joined on 4 July), 9 at any time.</summary>
    public PeriodMembers MembersDuring(Period period)
    {
        Preconditions.CheckArgument(!period.IsDefault, nameof(period), "default(Period) is no period.");
        var throughout = new List<Country>();
        var any = new List<Country>();
        foreach (var country in Memberships.Select(m => m.Country).Distinct().Order())
        {
            var spans = Memberships.Where(m => m.Country == country && m.CountsAsMember).ToArray();
            if (spans.Any(m => m.From <= period.End && (m.To is not { } to || to >= period.Start)))
            {
                any.Add(country);
            }

            if (CoversWholly(spans, period.Start, period.End))
            {
                throughout.Add(country);
            }
        }

        return new PeriodMembers(period, [.. throughout], [.. any]);
    }

    // Adjacent intervals (a member becoming an associate the next day) count as continuous membership.
    private static bool CoversWholly(GroupMembership[] spans, LocalDate start, LocalDate end)
    {
        var day = start;
        foreach (var m in spans.OrderBy(m => m.From))
        {
            if (m.From > day)
            {
                return false;
            }

            if (m.To is not { } to || to >= end)
            {
                return true;
            }

            if (to >= day)
            {
                day = to.PlusDays(1);
            }
        }

        return false;
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] CountryGroup? other) =>
        other is not null && Id == other.Id && Name == other.Name && Memberships.SequenceEqual(other.Memberships);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CountryGroup);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, Memberships.Length);

    /// <summary>Equality of id, name and memberships (as <see cref="Equals(CountryGroup)"/>).</summary>
    public static bool operator ==(CountryGroup? left, CountryGroup? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CountryGroup? left, CountryGroup? right) => !(left == right);

    /// <summary>The id.</summary>
    public override string ToString() => Id;

    private static ImmutableArray<CountryGroup> LoadBuiltIn()
    {
        var names = EmbeddedCsv.Read("country-group-names.csv");
        var rows = EmbeddedCsv.Read("country-groups.csv");
        return [.. names.Select(n => new CountryGroup(n["id"], n["name"], n["russian_name"],
            [.. rows.Where(r => r["group"] == n["id"])
                .Select(r => new GroupMembership(
                    Country.FromCode(r["country"]),
                    LocalDatePattern.Iso.Parse(r["from"]).Value,
                    r["to"].Length == 0 ? null : LocalDatePattern.Iso.Parse(r["to"]).Value,
                    ParseStatus(r["status"]),
                    r["source"]))
                .OrderBy(m => m.Country).ThenBy(m => m.From)]))];
    }

    internal static MembershipStatus ParseStatus(string text) => text switch
    {
        "member" => MembershipStatus.Member,
        "observer" => MembershipStatus.Observer,
        "associate" => MembershipStatus.Associate,
        "participant" => MembershipStatus.Participant,
        _ => throw new FormatException($"Unknown membership status '{text}'; expected member, observer, associate or participant."),
    };

    internal static string FormatStatus(MembershipStatus status) => status.ToString().ToLowerInvariant();

    internal static string FormatDate(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The members of a group during a period.</summary>
/// <param name="Period">The period asked about.</param>
/// <param name="Throughout">Members on every day of the period.</param>
/// <param name="AtAnyTime">Members on at least one day of it.</param>
public sealed record PeriodMembers(Period Period, ImmutableArray<Country> Throughout, ImmutableArray<Country> AtAnyTime)
{
    /// <summary>Countries that joined or left during the period (in <see cref="AtAnyTime"/> but not <see cref="Throughout"/>).</summary>
    public ImmutableArray<Country> Changed => [.. AtAnyTime.Except(Throughout)];
}
