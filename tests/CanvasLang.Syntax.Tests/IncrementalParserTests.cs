using System.Collections;
using System.Reflection;
using System.Text;
using CanvasLang.Syntax.Parsing;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;
using Shouldly;

namespace CanvasLang.Syntax.Tests;

/// <summary>
/// The incremental reparse must give exactly the tree a full parse gives, with or without syntax
/// errors before and after the edit. Random edits on every example (typing, deleting, quotes, braces,
/// comment markers, emoji, whole entries, garbage, half-typed declarations, deleted braces and quotes,
/// and undoing them), walking on from each result; and each edit kind an editor user makes, with the
/// unchanged parts reused.
/// </summary>
public sealed class IncrementalParserTests
{
    private static readonly string[] Insertions =
    [
        "a", "e", " ", "\n", "\"", "{", "}", "//", "/*", "*/", "pain", "  pain \"Cold coffee\"\n", " severity high", " relieves p1",
        "\\", "\U0001F600", ",", "p", "-", "1", "2026-01-01", "  gain g9 \"Fresh bread\"\n", "x\"", "\r\n", "segment s2 \"Others\"\n",
        "%", ";", ") (", "profile", "\nprofile x", "relieves", "\nvaluemap v {\n  reliever \"", "risk\n", "  test t {\n",
    ];

    private static readonly string[] HalfTyped =
    [
        "\nprofile ri", "\nsegment", "\nsegment s \"", "\nvaluemap riders {\n  reliever r", "\ntest t for", "\nprofile p {\n  pain \"x\" severity",
        "\npro", "\nstatement s", "\nlearning l from t {\n  insight", "\n  pain \"outside\"",
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

        // Every edit is reparsed incrementally, and the walk covers errors coming and going.
        outcome.Declined.ShouldBe(0);
        outcome.Broke.ShouldBeGreaterThan(10, outcome.ToString());
        outcome.Repaired.ShouldBeGreaterThan(10, outcome.ToString());
        outcome.StayedBroken.ShouldBeGreaterThan(40, outcome.ToString());
    }

    [Fact]
    public void Random_edits_on_a_large_generated_canvas_give_the_tree_of_a_full_parse()
    {
        var outcome = RandomEdits(Generated(300), seed: 7, edits: 300);
        outcome.Mismatches.ShouldBeEmpty();
        outcome.Declined.ShouldBe(0);
        outcome.Broke.ShouldBeGreaterThan(10, outcome.ToString());
        outcome.Repaired.ShouldBeGreaterThan(10, outcome.ToString());
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

    [Fact]
    public void Typing_a_declaration_at_the_end_char_by_char_reuses_everything_before_it()
    {
        var tree = SyntaxTree.Parse(Generated(200));
        var original = tree;
        const string typed = "\nprofile commuters {\n  pain p1 \"Cold coffee\" severity high\n}\n";
        var errors = 0;
        foreach (var c in typed)
        {
            var at = tree.Text.Length;
            var newText = tree.Text.WithChange(new TextSpan(at, 0), c.ToString());
            var next = IncrementalParser.TryReparse(tree, new TextSpan(at, 0), c.ToString(), newText);

            next.ShouldNotBeNull();
            Dump(next).ShouldBe(Dump(SyntaxTree.Parse(newText)));
            next.Declarations[0].ShouldBeSameAs(original.Declarations[0]);
            ((BlockSyntax)next.Declarations[1]).Entries.ShouldBe(((BlockSyntax)original.Declarations[1]).Entries);
            // Only the value map's last segment (its last entry and brace) and what follows are read again.
            next.Segments.Take(next.Segments.Length - 2).Zip(tree.Segments).Count(p => !ReferenceEquals(p.First, p.Second)).ShouldBe(0);
            errors += next.Diagnostics.IsEmpty ? 0 : 1;
            tree = next;
        }

        errors.ShouldBeGreaterThan(typed.Length / 2);
        tree.Diagnostics.ShouldBeEmpty();
        tree.Declarations.OfType<ProfileSyntax>().Last().Entries.ShouldHaveSingleItem().Text!.Value.ShouldBe("Cold coffee");
    }

    [Theory]
    [InlineData("\"", "day 150\"", "unterminated string")]
    [InlineData("", "day 150\"", "unterminated string")]
    [InlineData(" %%", "day 150\"", "unexpected character `%`")]
    [InlineData(" \"two\"", "day 150\"", "an entry has one quoted description")]
    [InlineData(" severity", "day 150\" severity high", "expected a level after `severity`")]
    public void An_error_in_an_entry_reparses_that_entry_only(string inserted, string anchor, string message)
    {
        var old = SyntaxTree.Parse(Generated(300));
        var at = old.Text.Text.IndexOf(anchor, StringComparison.Ordinal) + anchor.Length - (inserted.Length == 0 ? 1 : 0);
        var replaced = new TextSpan(at, inserted.Length == 0 ? 1 : 0);
        var newText = old.Text.WithChange(replaced, inserted);

        var tree = IncrementalParser.TryReparse(old, replaced, inserted, newText);

        tree.ShouldNotBeNull();
        Dump(tree).ShouldBe(Dump(SyntaxTree.Parse(newText)));
        tree.Diagnostics.ShouldHaveSingleItem().Message.ShouldContain(message);
        var pains = ((BlockSyntax)tree.Declarations[1]).Entries;
        pains[149].ShouldBeSameAs(((BlockSyntax)old.Declarations[1]).Entries[149]);
        pains.Length.ShouldBe(300);
        ((BlockSyntax)tree.Declarations[2]).Entries.Length.ShouldBe(300);
    }

    [Fact]
    public void Deleting_a_closing_brace_and_typing_it_again_reparse_only_the_block_end()
    {
        var old = SyntaxTree.Parse(Generated(300));
        var at = old.Text.Text.IndexOf("}\nvaluemap", StringComparison.Ordinal);
        var deleted = old.Text.WithChange(new TextSpan(at, 1), string.Empty);

        var broken = IncrementalParser.TryReparse(old, new TextSpan(at, 1), string.Empty, deleted);

        broken.ShouldNotBeNull();
        Dump(broken).ShouldBe(Dump(SyntaxTree.Parse(deleted)));
        var error = broken.Diagnostics.ShouldHaveSingleItem();
        error.Message.ShouldBe("the profile `riders` is missing its closing `}`");
        broken.Text.GetPosition(error.Span.Start).Line.ShouldBe(301);
        ((BlockSyntax)broken.Declarations[1]).Entries.Length.ShouldBe(300);
        ((BlockSyntax)broken.Declarations[2]).Entries.Length.ShouldBe(300);
        broken.Segments.Take(299).Zip(old.Segments).All(p => ReferenceEquals(p.First, p.Second)).ShouldBeTrue();

        var restored = IncrementalParser.TryReparse(broken, new TextSpan(at, 0), "}", old.Text);

        restored.ShouldNotBeNull();
        Dump(restored).ShouldBe(Dump(old));
        restored.Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_line_comment_typed_before_a_closing_brace_swallows_it_and_the_block_is_reported_open()
    {
        // In the whole text `// x }` swallows the brace: the block runs on to the next declaration.
        var old = SyntaxTree.Parse("profile p {\n  pain \"Cold coffee\" }\nsegment p \"x\"\n");
        var at = old.Text.Text.IndexOf('}', StringComparison.Ordinal) - 1;
        var newText = old.Text.WithChange(new TextSpan(at, 0), " //");

        var tree = IncrementalParser.TryReparse(old, new TextSpan(at, 0), " //", newText);

        tree.ShouldNotBeNull();
        Dump(tree).ShouldBe(Dump(SyntaxTree.Parse(newText)));
        tree.Diagnostics.ShouldHaveSingleItem().Message.ShouldBe("the profile `p` is missing its closing `}`");
        tree.Declarations.OfType<SegmentSyntax>().ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("\"", "an unterminated string")]
    [InlineData("/*", "an unterminated comment")]
    [InlineData("}", "a brace that closes the block early")]
    [InlineData("{", "a stray brace")]
    [InlineData("\nprofile", "a declaration keyword inside a block")]
    public void Edits_that_break_the_block_give_the_tree_of_a_full_parse(string inserted, string why)
    {
        var old = SyntaxTree.Parse(Generated(4));
        var at = old.Text.Text.IndexOf("severity", StringComparison.Ordinal);
        var newText = old.Text.WithChange(new TextSpan(at, 0), inserted);

        var tree = IncrementalParser.TryReparse(old, new TextSpan(at, 0), inserted, newText);

        tree.ShouldNotBeNull(why);
        tree.Diagnostics.ShouldNotBeEmpty(why);
        Dump(tree).ShouldBe(Dump(SyntaxTree.Parse(newText)), why);
    }

    [Fact]
    public void A_file_refused_unparsed_is_parsed_in_full()
    {
        var old = SyntaxTree.Parse(Generated(4));
        var newText = old.Text.WithChange(new TextSpan(5, 0), "\0");

        IncrementalParser.TryReparse(old, new TextSpan(5, 0), "\0", newText).ShouldBeNull();
        var foreign = SyntaxTree.Parse("{ \"nodes\": [] }");
        IncrementalParser.TryReparse(foreign, new TextSpan(0, 0), " ", foreign.Text.WithChange(new TextSpan(0, 0), " ")).ShouldBeNull();
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

    private sealed record Outcome(int Edits, int Incremental, int Declined, int Broke, int Repaired, int StayedBroken, List<string> Mismatches);

    private static Outcome RandomEdits(string text, int seed, int edits)
    {
        var random = new Random(seed);
        var current = SyntaxTree.Parse(text, "edited.canvas");
        int incremental = 0, declined = 0, broke = 0, repaired = 0, stayedBroken = 0;
        var mismatches = new List<string>();
        var undo = new Stack<(TextSpan Span, string Text)>();
        for (var i = 0; i < edits; i++)
        {
            // Undo more often on a broken text, so that the walk keeps coming back to a valid one.
            var undoing = undo.Count > 0 && random.NextDouble() < (current.Diagnostics.IsEmpty ? 0.15 : 0.7);
            var (span, inserted) = undoing ? undo.Pop() : NextEdit(random, current.Text.Text);
            if (!undoing)
            {
                undo.Push((new TextSpan(span.Start, inserted.Length), current.Text.Text.Substring(span.Start, span.Length)));
            }

            var newText = current.Text.WithChange(span, inserted);

            var full = CanvasParserFacade.Parse(newText, "edited.canvas");
            var fast = IncrementalParser.TryReparse(current, span, inserted, newText);
            if (fast is not null)
            {
                incremental++;
                var (expected, actual) = (Dump(full), Dump(fast));
                if (expected != actual)
                {
                    mismatches.Add($"edit {i}: [{span.Start}, +{span.Length}) ← {Escape(inserted)} near {Escape(Around(newText.Text, span.Start))}\nfull: {expected}\nfast: {actual}");
                }
            }
            else if (!current.Segments.IsEmpty && !full.Segments.IsEmpty)
            {
                declined++;
            }

            (broke, repaired, stayedBroken) = (current.Diagnostics.IsEmpty, full.Diagnostics.IsEmpty) switch
            {
                (true, false) => (broke + 1, repaired, stayedBroken),
                (false, true) => (broke, repaired + 1, stayedBroken),
                (false, false) => (broke, repaired, stayedBroken + 1),
                _ => (broke, repaired, stayedBroken),
            };

            if (Environment.GetEnvironmentVariable("WALK_TRACE") == "1")
            {
                Console.WriteLine($"{i} undo={undoing} depth={undo.Count} [{span.Start},+{span.Length}) {Escape(inserted)} -> {full.Diagnostics.Length} {full.Diagnostics.FirstOrDefault()?.Message}");
            }

            // Walk on from every text, broken or not: the next edit starts from this tree.
            current = fast ?? full;
        }

        return new Outcome(edits, incremental, declined, broke, repaired, stayedBroken, mismatches);
    }

    /// <summary>An edit a user might make: typing, deleting, or breaking a brace, a quote or the end of the file.</summary>
    private static (TextSpan Span, string Inserted) NextEdit(Random random, string text)
    {
        int RandomIndexOf(char c)
        {
            var found = Enumerable.Range(0, text.Length).Where(i => text[i] == c).ToList();
            return found.Count == 0 ? random.Next(text.Length + 1) : found[random.Next(found.Count)];
        }

        switch (random.Next(10))
        {
            case 3 when text.Contains('}', StringComparison.Ordinal):
                return (new TextSpan(RandomIndexOf('}'), 1), string.Empty);
            case 4 when text.Contains('"', StringComparison.Ordinal):
                return (new TextSpan(RandomIndexOf('"'), 1), string.Empty);
            case 5:
                return (new TextSpan(RandomIndexOf('}'), 0), "// ");
            case 6:
                return (new TextSpan(text.Length, 0), HalfTyped[random.Next(HalfTyped.Length)]);
            default:
                var start = random.Next(text.Length + 1);
                var removed = random.Next(4) == 0 ? Math.Min(random.Next(1, 6), text.Length - start) : 0;
                var inserted = random.Next(5) == 0 ? string.Empty : Insertions[random.Next(Insertions.Length)];

                // Half a surrogate pair would be a different input, not an edit a user makes.
                if (start > 0 && start < text.Length && char.IsLowSurrogate(text[start]))
                {
                    start--;
                }

                if (start + removed < text.Length && char.IsLowSurrogate(text[start + removed]))
                {
                    removed++;
                }

                return (new TextSpan(start, removed), inserted);
        }
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
        Dump(tree.Segments, builder);
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
