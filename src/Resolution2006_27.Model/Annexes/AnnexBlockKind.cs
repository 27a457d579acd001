namespace Resolution2006_27.Model.Annexes;

/// <summary>What a block of an annex is, by how it is printed.</summary>
public enum AnnexBlockKind
{
    /// <summary>The annex's title, after its heading.</summary>
    Title,

    /// <summary>A heading numbered with a roman numeral ("I. Introduction") or a capital letter ("A. Prevention").</summary>
    Heading,

    /// <summary>A numbered paragraph ("1."); numbering restarts in each annex.</summary>
    Paragraph,

    /// <summary>A lettered or roman item ("(a)", "(ii)").</summary>
    Item,

    /// <summary>A dash or bullet item ("–", "-", "•").</summary>
    Bullet,

    /// <summary>Any other text.</summary>
    Text,
}
