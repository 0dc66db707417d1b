using NodaTime;
using TradeDomain.Utility;

namespace TradeDomain;

/// <summary>The standing a country has in a <see cref="CountryGroup"/>.</summary>
public enum MembershipStatus
{
    /// <summary>A full member.</summary>
    Member = 1,

    /// <summary>An observer: not counted by <see cref="CountryGroup.MembersAt"/>.</summary>
    Observer = 2,

    /// <summary>An associate member (Turkmenistan in the CIS since 2005): counted as a member in trade statistics.</summary>
    Associate = 3,

    /// <summary>A participant that is not formally a member (Ukraine in the CIS): counted as a member in trade statistics.</summary>
    Participant = 4,
}

/// <summary>One interval of a country's membership of a group: from the first day to the last (inclusive; null while it lasts).</summary>
public readonly record struct GroupMembership
{
    /// <summary>Creates a membership interval.</summary>
    /// <exception cref="ArgumentException">The country is default, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public GroupMembership(Country country, LocalDate from, LocalDate? to, MembershipStatus status = MembershipStatus.Member, string source = "")
    {
        Preconditions.CheckArgument(!country.IsDefault, nameof(country), "The country is default(Country); give a real country.");
        Preconditions.CheckArgument(to is null || to.Value >= from, nameof(to), $"Membership of {country} ends ({to:uuuu-MM-dd}) before it starts ({from:uuuu-MM-dd}).");
        Preconditions.CheckArgument(Enum.IsDefined(status), nameof(status), $"Status {(int)status} is not a MembershipStatus.");
        Country = country;
        From = from;
        To = to;
        Status = status;
        Source = Utility.Preconditions.CheckNotNull(source);
    }

    /// <summary>The country.</summary>
    public Country Country { get; }

    /// <summary>The first day of membership.</summary>
    public LocalDate From { get; }

    /// <summary>The last day of membership, or null while it lasts.</summary>
    public LocalDate? To { get; }

    /// <summary>Member, observer, associate or participant.</summary>
    public MembershipStatus Status { get; }

    /// <summary>Where the dates come from (treaty, summit, decree).</summary>
    public string Source { get; }

    /// <summary>Whether the membership counts as membership for trade statistics (anything but observer).</summary>
    public bool CountsAsMember => Status != MembershipStatus.Observer;

    /// <summary>Whether the membership held on <paramref name="date"/>.</summary>
    public bool IsActiveAt(LocalDate date) => From <= date && (To is not { } to || date <= to);
}
