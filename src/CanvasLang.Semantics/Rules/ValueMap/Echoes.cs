using CanvasLang.Semantics.Model;

namespace CanvasLang.Semantics.Rules;

/// <summary>
/// For one value map: which relievers and creators only repeat a product of the map, or restate a
/// pain or gain of its profile (see <see cref="Restatement"/>). Products and profile entries are
/// indexed once by their normalised words, so each reliever or creator costs a few lookups.
/// </summary>
internal sealed class Echoes
{
    private readonly Dictionary<string, Entry> products = new(StringComparer.Ordinal);

    // Each product's words with one of them left out: "nearly the same text" is one word more or fewer.
    private readonly Dictionary<string, Entry> productsLessOne = new(StringComparer.Ordinal);

    private readonly Dictionary<string, List<Entry>> profileByHead = new(StringComparer.Ordinal);

    public Echoes(ValueMap map, Model.Profile? profile)
    {
        foreach (var entry in map.Entries)
        {
            if (entry.Area != CanvasArea.ProductsAndServices || entry.Reading.Stems.Count == 0)
            {
                continue;
            }

            products.TryAdd(Restatement.StemKey(entry.Reading), entry);
            foreach (var key in LessOne(entry))
            {
                productsLessOne.TryAdd(key, entry);
            }
        }

        foreach (var entry in profile?.Entries ?? [])
        {
            if (entry.Area is CanvasArea.Pains or CanvasArea.Gains && Restatement.HeadKey(entry.Reading) is { } head)
            {
                (profileByHead.TryGetValue(head, out var list) ? list : profileByHead[head] = []).Add(entry);
            }
        }
    }

    /// <summary>The product whose text the reliever or creator repeats, after normalisation, give or take one word.</summary>
    public Entry? ProductCopied(Entry entry)
    {
        if (products.Count == 0 || entry.Reading.Stems.Count == 0)
        {
            return null;
        }

        var key = Restatement.StemKey(entry.Reading);
        if (products.TryGetValue(key, out var product) || productsLessOne.TryGetValue(key, out product))
        {
            return product;
        }

        foreach (var less in LessOne(entry))
        {
            if (products.TryGetValue(less, out product))
            {
                return product;
            }
        }

        return null;
    }

    /// <summary>The pain or gain the reliever or creator only restates: one it addresses, or one that opens with the same phrase.</summary>
    public Entry? Restated(SemanticModel model, Entry entry)
    {
        foreach (var target in model.TargetsOf(entry))
        {
            if (target.Area is CanvasArea.Pains or CanvasArea.Gains && Restatement.Restates(entry, target))
            {
                return target;
            }
        }

        if (Restatement.HeadKey(entry.Reading) is { } head && profileByHead.TryGetValue(head, out var sameHead))
        {
            foreach (var original in sameHead)
            {
                if (Restatement.Restates(entry, original))
                {
                    return original;
                }
            }
        }

        return null;
    }

    private static readonly Language.ReadingMemo<string[]> LessOneMemo = new();

    /// <summary>The text's stem keys with one stem left out, for texts of three stems or more (fewer would leave too little to compare); per text.</summary>
    private static string[] LessOne(Entry entry) => entry.Reading.Remember(LessOneMemo, r =>
    {
        var stems = r.Stems.Order(StringComparer.Ordinal).ToArray();
        return stems.Length < 3 ? [] : [.. Enumerable.Range(0, stems.Length).Select(i => string.Join(' ', stems.Where((_, j) => j != i)))];
    });
}
