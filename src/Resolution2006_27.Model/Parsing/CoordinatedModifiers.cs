namespace Resolution2006_27.Model.Parsing;

/// <summary>Actors named by a modifier coordinated with another actor's name ("intergovernmental and non-governmental organizations").</summary>
internal static class CoordinatedModifiers
{
    /// <summary>
    /// "intergovernmental and non-governmental organizations" names two actors: where an actor's
    /// alias is "modifier rest" and the words before it are "other-modifier and" (or a comma), and
    /// "other-modifier rest" is an alias too, the other modifier is a mention of that actor.
    /// </summary>
    public static IEnumerable<MentionMatch> Find(string text, List<MentionMatch> actors, AliasMatcher aliases)
    {
        var taken = actors.ToList();
        foreach (var match in taken)
        {
            var alias = text[match.Start..match.End];
            var space = alias.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                continue;
            }
            var rest = alias[space..];
            var p = match.Start;
            while (PrecedingModifier(text, p) is { } modifier &&
                   aliases.Knows(text[modifier.Start..modifier.End] + rest, out var id) &&
                   !taken.Any(a => a.Start < modifier.End && modifier.Start < a.End))
            {
                yield return new MentionMatch(modifier.Start, modifier.End, id, IsShortForm: false);
                p = modifier.Start;
            }
        }
    }

    private static (int Start, int End)? PrecedingModifier(string text, int start)
    {
        foreach (var joint in new[] { " and ", ", and ", " or ", ", " })
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
