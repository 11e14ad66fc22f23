using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.Interviews;

/// <summary>CV622 leading-interview-note in English: the warning signs it reads, where it points and what it says.</summary>
public class LeadingInterviewNoteTests
{
    private const string Segment = "segment instructors \"Self-employed driving instructors with their own car\"\n";

    // The field is on line 3 of Interview(…).
    private static string Interview(string field) => Segment + "interview tue for instructors {\n" + field + "\n}\n";

    private static string Note(string text) => Interview($"  note \"{text}\"");

    [Theory]
    [InlineData("Would pay 20 pounds a month for a booking app")]
    [InlineData("Asked if he would use it: yes")]
    [InlineData("Might try the app with two pupils")]
    [InlineData("She'd switch to online booking tomorrow")]
    [InlineData("Will definitely download it")]
    [InlineData("If we built a reminder service, he would be interested")]
    [InlineData("Loved the idea of a shared waiting list")]
    [InlineData("Said it was brilliant")]
    [InlineData("Great concept, he said")]
    [InlineData("Thought our prototype looked really smart")]
    [InlineData("Very enthusiastic about the mock-up")]
    [InlineData("That sounds amazing, she said")]
    [InlineData("Usually teaches six lessons a day")]
    [InlineData("Pupils always cancel at the last minute")]
    [InlineData("Everyone hates the theory test")]
    [InlineData("People want lessons after work")]
    [InlineData("Nobody likes driving in the rain")]
    public void Reports_hypotheticals_compliments_and_general_claims(string note) =>
        Lint.Lines("CV622", Note(note)).ShouldBe([3]);

    [Theory]
    [InlineData("Two pupils cancelled on Monday morning; both slots stayed empty")]
    [InlineData("Would have paid the garage in March if the invoice had come")]
    [InlineData("She'd tried three booking apps before going back to paper")]
    [InlineData("As a young instructor he would drive to each pupil's house")]
    [InlineData("Said she would call back on Friday")]
    [InlineData("Usually starts at 8:00, but on Tuesday began at 7:00 for a test")]
    [InlineData("Always had a spare lesson slot last month")]
    [InlineData("People like her rarely book a block of lessons")]
    [InlineData("Did not like the idea of paying in advance")]
    [InlineData("Said it was good to talk to someone about it")]
    [InlineData("Most pupils in the waiting room were 17")]
    [InlineData("Uses a paper diary and a phone to book lessons")]
    [InlineData("The idea of a key box came from another instructor")]
    public void Leaves_what_happened_alone(string note) =>
        Lint.Lines("CV622", Note(note)).ShouldBeEmpty();

    [Fact]
    public void Points_at_the_text_and_quotes_the_words_that_gave_it_away()
    {
        var text = Note("Loved the idea and would pay for it");
        var d = Lint.Of("CV622", text).ShouldHaveSingleItem();
        text.Substring(d.Span.Start, d.Span.Length).ShouldBe("\"Loved the idea and would pay for it\"");
        d.Message.ShouldBe("the note 'Loved the idea and would pay for it' in interview `tue` records a compliment ('Loved the idea') and a hypothetical ('would pay') rather than what happened: "
            + "praise for the idea says nothing about their problem; write down what they do about it today");
        d.Fixes.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Would pay extra for evening slots", "a hypothetical ('Would pay')", "write down what they did the last time it came up")]
    [InlineData("Usually books a double lesson", "a general claim ('Usually')", "write down one particular time it happened")]
    [InlineData("Said it was a great idea", "a compliment ('Said it was a great idea')", "write down what they do about it today")]
    public void Says_what_kind_of_warning_sign_it_is_and_what_to_write_instead(string note, string kind, string advice)
    {
        var message = Lint.Of("CV622", Note(note)).Single().Message;
        message.ShouldContain($"records {kind} rather than what happened");
        message.ShouldEndWith(advice);
    }

    [Fact]
    public void Reads_what_was_heard_and_names_its_kind()
    {
        var text = Interview("  heard gain \"Would pay for a second mirror on the passenger side\"");
        var d = Lint.Of("CV622", text).ShouldHaveSingleItem();
        Lint.LineOf(text, d.Span.Start).ShouldBe(3);
        d.Message.ShouldStartWith("`heard gain` 'Would pay for a second mirror on the passenger side' in interview `tue` records a hypothetical");
    }

    [Fact]
    public void Leaves_quotes_who_and_empty_notes_alone()
    {
        var text = Interview("  who \"Would buy anything that saves time, he says\"\n  quote \"I would definitely use that.\"\n  note \"\"");
        Lint.Of("CV622", text).ShouldBeEmpty();
    }

    [Fact]
    public void Reports_each_field_on_its_own_line()
    {
        var text = Interview("  note \"Loved the idea\"\n  note \"Showed us his diary\"\n  heard pain \"Pupils always cancel\"");
        Lint.Lines("CV622", text).ShouldBe([3, 5]);
    }

    [Fact]
    public void Imported_interviews_are_their_own_files_business()
    {
        var imports = new Dictionary<string, string> { ["talks.canvas"] = Note("Loved the idea") };
        Lint.Lines("CV622", "import \"talks.canvas\"\n", imports: imports).ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_above_the_interview_covers_its_notes()
    {
        var text = Segment + "// canvaslang-disable-next-line leading-interview-note\ninterview tue for instructors {\n  note \"Loved the idea\"\n  heard gain \"Would pay for it\"\n}\n";
        Lint.Of("CV622", text).ShouldBeEmpty();
        Lint.Of("CV901", text).ShouldBeEmpty();
    }

    [Fact]
    public void Severity_is_configurable()
    {
        var config = Lint.Config("""{ "rules": { "CV622": "info" } }""");
        Lint.Of("CV622", Note("Loved the idea"), config).Single().Severity.ShouldBe(CanvasLang.Syntax.Diagnostics.DiagnosticSeverity.Info);
        Lint.Of("CV622", Note("Loved the idea"), Lint.Config("""{ "rules": { "leading-interview-note": "off" } }""")).ShouldBeEmpty();
    }
}
