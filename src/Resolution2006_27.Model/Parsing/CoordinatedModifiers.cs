namespace Resolution2006_27.Model.Parsing;

/// <summary>Actors named by a modifier coordinated with another actor's name ("intergovernmental and non-governmental organizations").</summary>
internal static class CoordinatedModifiers
{
    private static readonly string[] Joints = [" and ", ", and ", " or ", ", "];

    /// <summary>
    /// "intergovernmental and non-governmental organizations" names two actors: where an actor's
    /// alias is "modifier rest" and the words before it are "other-modifier and" (or a comma), and
    /// "other-modifier rest" is an alias too, the other modifier is a mention of that actor. Such mentions
    /// are added to <paramref name="actors"/>, after those it holds, which alone are tried and kept clear of.
    /// </summary>
    public static void AddTo(string text, List<MentionMatch> actors, AliasMatcher aliases)
    {
        // Read in place: this runs for every mention of every part, and finds something in few.
        var count = actors.Count;
        for (var i = 0; i < count; i++)
        {
            var match = actors[i];
            var space = text.IndexOf(' ', match.Start, match.End - match.Start);
            if (space < 0)
            {
                continue;
            }
            var p = match.Start;
            while (PrecedingModifier(text, p) is { } modifier &&
                   aliases.Knows(string.Concat(text.AsSpan(modifier.Start, modifier.End - modifier.Start), text.AsSpan(space, match.End - space)), out var id) &&
                   !Overlaps(actors, count, modifier))
            {
                actors.Add(new MentionMatch(modifier.Start, modifier.End, id, IsShortForm: false));
                p = modifier.Start;
            }
        }
    }

    private static bool Overlaps(List<MentionMatch> actors, int count, (int Start, int End) span)
    {
        for (var i = 0; i < count; i++)
        {
            if (actors[i].Start < span.End && span.Start < actors[i].End)
            {
                return true;
            }
        }
        return false;
    }

    private static (int Start, int End)? PrecedingModifier(string text, int start)
    {
        foreach (var joint in Joints)
        {
            var jointStart = start - joint.Length;
            if (jointStart > 0 && string.CompareOrdinal(text, jointStart, joint, 0, joint.Length) == 0)
            {
                var wordStart = jointStart;
                while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-'))
                {
                    wordStart--;
                }
                return wordStart < jointStart ? (wordStart, jointStart) : null;
            }
        }
        return null;
    }
}
