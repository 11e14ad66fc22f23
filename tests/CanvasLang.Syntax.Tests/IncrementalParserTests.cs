using System.Collections;
using System.Reflection;
using System.Text;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;
using Shouldly;

namespace CanvasLang.Syntax.Tests;

/// <summary>
/// The incremental reparse must give exactly the tree a full parse gives, or decline. Random edits
/// on every example (typing, deleting, quotes, braces, comment markers, emoji, whole entries).
/// </summary>
public sealed class IncrementalParserTests
{
    private static readonly string[] Insertions =
    [
        "a", "e", " ", "\n", "\"", "{", "}", "//", "/*", "*/", "pain", "  pain \"Cold coffee\"\n", " severity high", " relieves p1",
        "\\", "\U0001F600", ",", "p", "-", "1", "2026-01-01", "  gain g9 \"Fresh bread\"\n", "x\"", "\r\n", "segment s2 \"Others\"\n",
    ];

    public static TheoryData<string> Files() =>
    [
        .. Directory.EnumerateFiles(Path.Combine(SpecExample.RepoRoot(), "examples"), "*.canvas", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(SpecExample.RepoRoot(), f))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Files))]
    public void Random_edits_give_the_tree_of_a_full_parse(string file)
    {
        var text = File.ReadAllText(Path.Combine(SpecExample.RepoRoot(), file));
        var outcome = RandomEdits(text, seed: file.Length, edits: 400);
        outcome.Mismatches.ShouldBeEmpty();

        // The fast path must actually be taken, or this test proves nothing.
        outcome.Incremental.ShouldBeGreaterThan(outcome.Edits / 4, $"incremental {outcome.Incremental} of {outcome.Edits}");
    }

    [Fact]
    public void Random_edits_on_a_large_generated_canvas_give_the_tree_of_a_full_parse()
    {
        var outcome = RandomEdits(Generated(300), seed: 7, edits: 300);
        outcome.Mismatches.ShouldBeEmpty();
        outcome.Incremental.ShouldBeGreaterThan(outcome.Edits / 3, $"incremental {outcome.Incremental} of {outcome.Edits}");
    }

    [Fact]
    public void Typing_in_an_entry_reparses_only_that_entry_and_moves_the_rest()
    {
        var old = SyntaxTree.Parse(Generated(4));
        var at = old.Text.Text.IndexOf("day 1\"", StringComparison.Ordinal) + 4;
        var newText = old.Text.WithChange(new TextSpan(at, 0), "!!");

        var tree = IncrementalParser.TryReparse(old, new TextSpan(at, 0), "!!", newText);

        tree.ShouldNotBeNull();
        var oldPains = ((BlockSyntax)old.Declarations[1]).Entries;
        var pains = ((BlockSyntax)tree.Declarations[1]).Entries;
        pains[0].ShouldBeSameAs(oldPains[0]);
        pains[1].Text!.Value.ShouldBe("Waiting 6 minutes at the repair shop on day !!1");
        pains[2].Span.Start.ShouldBe(oldPains[2].Span.Start + 2);
        tree.Declarations[0].ShouldBeSameAs(old.Declarations[0]);
    }

    [Theory]
    [InlineData("\"", "an unterminated string")]
    [InlineData("/*", "an unterminated comment")]
    [InlineData("}", "a brace that closes the block early")]
    [InlineData("\u0000", "a NUL character")]
    public void Edits_that_break_the_piece_fall_back_to_a_full_parse(string inserted, string why)
    {
        var old = SyntaxTree.Parse(Generated(4));
        var at = old.Text.Text.IndexOf("severity", StringComparison.Ordinal);
        var newText = old.Text.WithChange(new TextSpan(at, 0), inserted);

        IncrementalParser.TryReparse(old, new TextSpan(at, 0), inserted, newText).ShouldBeNull(why);
    }

    [Fact]
    public void A_line_comment_typed_before_a_closing_brace_on_the_same_line_falls_back()
    {
        // In the whole text `// x }` swallows the brace; the piece alone would not see that.
        var old = SyntaxTree.Parse("profile p {\n  pain \"Cold coffee\" }\n");
        var at = old.Text.Text.IndexOf('}', StringComparison.Ordinal) - 1;
        var newText = old.Text.WithChange(new TextSpan(at, 0), " //");

        IncrementalParser.TryReparse(old, new TextSpan(at, 0), " //", newText).ShouldBeNull();
        SyntaxTree.Parse(newText).Diagnostics.ShouldNotBeEmpty();
    }

    [Fact]
    public void Spans_count_utf16_code_units_after_an_emoji()
    {
        var tree = SyntaxTree.Parse("segment s \"\U0001F600\U0001F600\" :\n");
        tree.Diagnostics.ShouldHaveSingleItem().Span.Start.ShouldBe(17);
        SyntaxTree.Parse("segment s \"\U0001F600\"\nprofile s { pain \"x\" }").Declarations[1].Span.Start.ShouldBe(15);
    }

    [Fact]
    public void An_emoji_outside_a_string_is_reported_once_and_whole()
    {
        var error = SyntaxTree.Parse("segment s \"x\" \U0001F600\n").Diagnostics.ShouldHaveSingleItem();
        error.Span.ShouldBe(new TextSpan(14, 2));
        error.Message.ShouldContain("\U0001F600");
    }

    private sealed record Outcome(int Edits, int Incremental, List<string> Mismatches);

    private static Outcome RandomEdits(string text, int seed, int edits)
    {
        var random = new Random(seed);
        var current = SyntaxTree.Parse(text, "edited.canvas");
        var incremental = 0;
        var mismatches = new List<string>();
        for (var i = 0; i < edits; i++)
        {
            var length = current.Text.Length;
            var start = random.Next(length + 1);
            var removed = random.Next(4) == 0 ? Math.Min(random.Next(1, 6), length - start) : 0;
            var inserted = random.Next(5) == 0 ? string.Empty : Insertions[random.Next(Insertions.Length)];
            var span = new TextSpan(start, removed);
            var newText = current.Text.WithChange(span, inserted);

            var full = CanvasParserFacade.Parse(newText, "edited.canvas");
            var fast = IncrementalParser.TryReparse(current, span, inserted, newText);
            if (fast is not null)
            {
                incremental++;
                var (expected, actual) = (Dump(full), Dump(fast));
                if (expected != actual)
                {
                    mismatches.Add($"edit {i}: [{start}, +{removed}) ← {Escape(inserted)} near {Escape(Around(newText.Text, start))}\nfull: {expected}\nfast: {actual}");
                }
            }

            // Walk on from valid texts only (the fast path declines on a tree with errors anyway).
            if (full.Diagnostics.IsEmpty)
            {
                current = fast ?? full;
            }
        }

        return new Outcome(edits, incremental, mismatches);
    }

    private static string Generated(int entries)
    {
        var lines = new List<string> { "segment riders \"People who ride a bike to work\"", "profile riders {" };
        for (var i = 0; i < entries; i++)
        {
            lines.Add($"  pain p{i} \"Waiting {i + 5} minutes at the repair shop on day {i}\" severity high // note {i}");
        }

        lines.Add("}");
        lines.Add("valuemap riders {");
        for (var i = 0; i < entries; i++)
        {
            lines.Add($"  /* r{i} */ reliever r{i} \"Repair van within {i + 10} minutes\" relieves p{i}");
        }

        lines.Add("}");
        return string.Join("\n", lines) + "\n";
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 20)..Math.Min(text.Length, at + 20)];

    private static string Escape(string s) => s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);

    /// <summary>Every public property of the tree, recursively: two trees are the same when their dumps are.</summary>
    private static string Dump(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        builder.Append(tree.Text.Text.GetHashCode(StringComparison.Ordinal)).Append(tree.IsForeignFormat);
        Dump(tree.Declarations, builder);
        Dump(tree.Comments, builder);
        Dump(tree.Diagnostics, builder);
        return builder.ToString();
    }

    private static void Dump(object? value, StringBuilder builder)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append('"').Append(s).Append('"');
                return;
            case TextSpan or Enum or int or bool:
                builder.Append(value);
                return;
            case IEnumerable items:
                builder.Append('[');
                foreach (var item in items)
                {
                    Dump(item, builder);
                    builder.Append(',');
                }

                builder.Append(']');
                return;
        }

        var type = value.GetType();
        builder.Append(type.Name).Append('(');
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
        {
            builder.Append(property.Name).Append('=');
            Dump(property.GetValue(value), builder);
            builder.Append(' ');
        }

        builder.Append(')');
    }
}
