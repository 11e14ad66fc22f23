using CanvasLang.Semantics.Tests.Meta;

namespace CanvasLang.Semantics.Tests.Rules.Interviews;

/// <summary>CV621 profile-cites-no-interview: a profile beside its segment's interviews that cites none of them.</summary>
public class ProfileCitesNoInterviewTests
{
    private const string Segment = "segment bakers \"Bakers who open at 6:00\"\n";

    private static string Interviews(params string[] names) => string.Concat(names.Select(n => $"interview {n} for bakers {{ who \"Baker\" }}\n"));

    // Profile(…) starts on the line after the segment and the interviews.
    private static string Profile(string entries) => "profile bakers {\n" + entries + "}\n";

    private const string Uncited = "  pain flour \"Flour delivery comes after 6:00 twice a week\"\n  gain early \"Bread on the shelf by 6:30\"\n";

    [Fact]
    public void Reports_a_profile_that_cites_none_of_its_segments_interviews_on_its_segment_name()
    {
        var text = Segment + Interviews("ana", "ben") + Profile(Uncited);
        var d = Lint.Of("CV621", text).ShouldHaveSingleItem();
        text.Substring(d.Span.Start, d.Span.Length).ShouldBe("bakers");
        Lint.LineOf(text, d.Span.Start).ShouldBe(4);
        d.Message.ShouldBe("profile `bakers` cites none of the 2 interviews of `bakers` (`ana`, `ben`): add `heard` and their names to the jobs, pains and gains each one showed, so the canvas shows which entries rest on what customers said and which are still guesses");
        d.Fixes.ShouldBeEmpty();
    }

    [Fact]
    public void Names_a_few_interviews_and_links_them()
    {
        var text = Segment + Interviews("ana", "ben", "cleo", "dan") + Profile(Uncited);
        var d = Lint.Of("CV621", text).Single();
        d.Message.ShouldContain("none of the 4 interviews of `bakers` (`ana`, `ben`, `cleo`, …)");
        d.Related.Select(r => (Lint.LineOf(text, r.Location.Span.Start), r.Message)).ShouldBe(
            [(2, "an interview of `bakers`"), (3, "an interview of `bakers`"), (4, "an interview of `bakers`")]);
    }

    [Fact]
    public void Names_the_one_interview_in_the_heard_to_add()
    {
        var d = Lint.Of("CV621", Segment + Interviews("ana") + Profile(Uncited)).Single();
        d.Message.ShouldStartWith("profile `bakers` cites no interview, though `bakers` has one (`ana`): add `heard ana` to the jobs, pains and gains it showed");
    }

    [Theory]
    [InlineData("  pain flour \"Flour delivery comes after 6:00\" heard ana\n  gain early \"Bread on the shelf by 6:30\"\n")]
    [InlineData("  pain flour \"Flour delivery comes after 6:00\"\n  gain early \"Bread on the shelf by 6:30\" heard ben, ana\n")]
    [InlineData("  job bake \"Bake 200 rolls before 6:00\" heard other_segments_talk\n")]
    [InlineData("")]
    public void Leaves_a_profile_alone_when_one_entry_cites_an_interview_or_it_has_no_entries(string entries)
    {
        var other = "segment millers \"Millers\"\ninterview other_segments_talk for millers { who \"Miller\" }\n";
        Lint.Lines("CV621", Segment + other + Interviews("ana", "ben") + Profile(entries)).ShouldBeEmpty();
    }

    [Fact]
    public void A_heard_naming_nothing_counts_as_citing_and_is_CV002s()
    {
        var result = Lint.Run(Segment + Interviews("ana") + Profile("  pain flour \"Late flour\" heard anna\n"));
        result.Diagnostics.ShouldContain(d => d.Code == "CV002");
        result.Diagnostics.ShouldNotContain(d => d.Code == "CV621");
    }

    [Fact]
    public void Interviews_of_other_segments_or_of_none_do_not_count()
    {
        var text = Segment + "segment millers \"Millers\"\ninterview mill for millers { who \"Miller\" }\ninterview loose { who \"Someone\" }\n" + Profile(Uncited);
        Lint.Lines("CV621", text).ShouldBeEmpty();
    }

    [Fact]
    public void Imported_interviews_count_and_imported_profiles_are_their_own_files_business()
    {
        var interviews = new Dictionary<string, string> { ["talks.canvas"] = Segment + Interviews("ana", "ben") };
        var text = "import \"talks.canvas\"\n" + Profile(Uncited);
        var d = Lint.Of("CV621", text, imports: interviews).ShouldHaveSingleItem();
        d.Related.ShouldAllBe(r => r.Location.Path.EndsWith("talks.canvas", StringComparison.Ordinal));

        var profile = new Dictionary<string, string> { ["canvas.canvas"] = Segment + Profile(Uncited) };
        Lint.Lines("CV621", "import \"canvas.canvas\"\n" + Interviews("ana"), imports: profile).ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_above_the_profile_covers_it()
    {
        var text = Segment + Interviews("ana") + "// canvaslang-disable-next-line profile-cites-no-interview\n" + Profile(Uncited);
        Lint.Of("CV621", text).ShouldBeEmpty();
        Lint.Of("CV901", text).ShouldBeEmpty();
    }
}

/// <summary>CV623 entry-heard-once: an entry that only one of many interviews supports.</summary>
public class EntryHeardOnceTests
{
    private const string Segment = "segment hairdressers \"Mobile hairdressers\"\n";

    private static string Interviews(int count) =>
        string.Concat(Enumerable.Range(1, count).Select(i => $"interview cut_{i} for hairdressers {{ who \"Hairdresser {i}\" }}\n"));

    private static string Profile(params string[] entries) => "profile hairdressers {\n" + string.Concat(entries.Select(e => "  " + e + "\n")) + "}\n";

    [Fact]
    public void Reports_an_entry_heard_in_one_of_four_interviews_on_its_heard()
    {
        var text = Segment + Interviews(4) + Profile("pain parking \"Parking tickets outside clients' houses\" heard cut_3 severity high");
        var d = Lint.Of("CV623", text).ShouldHaveSingleItem();
        text.Substring(d.Span.Start, d.Span.Length).ShouldBe("heard cut_3");
        d.Message.ShouldBe("pain `parking` is heard in only 1 of the 4 interviews of `hairdressers` (`cut_3`): one mention is an anecdote, a pattern needs repetition; ask about it in the next interviews, and cite each one it comes up in");
        d.Related.ShouldHaveSingleItem().Message.ShouldBe("the only interview cited");
        Lint.LineOf(text, d.Related[0].Location.Span.Start).ShouldBe(4);
        d.Fixes.ShouldBeEmpty();
    }

    [Fact]
    public void Quotes_an_entry_without_an_id_by_its_text()
    {
        var text = Segment + Interviews(5) + Profile("gain \"Clients rebook before she leaves\" heard cut_1");
        Lint.Of("CV623", text).Single().Message.ShouldStartWith("gain \"Clients rebook before she leaves\" is heard in only 1 of the 5 interviews");
    }

    [Theory]
    [InlineData("pain p \"Parking tickets\" heard cut_1, cut_2")]
    [InlineData("pain p \"Parking tickets\" heard cut_1 heard cut_2")]
    [InlineData("pain p \"Parking tickets\"")]
    [InlineData("pain p \"Parking tickets\" heard cut_1, no_such_interview")]
    [InlineData("pain p \"Parking tickets\" heard salon_visit")]
    public void Leaves_entries_citing_several_none_or_another_segments_interview_alone(string entry)
    {
        var other = "segment salons \"Salon owners\"\ninterview salon_visit for salons { who \"Owner\" }\n";
        Lint.Lines("CV623", Segment + other + Interviews(4) + Profile(entry)).ShouldBeEmpty();
    }

    [Fact]
    public void Naming_the_same_interview_twice_is_still_one()
    {
        Lint.Lines("CV623", Segment + Interviews(4) + Profile("pain p \"Parking tickets\" heard cut_2, cut_2")).ShouldBe([7]);
    }

    [Fact]
    public void Segments_with_fewer_interviews_than_the_option_are_left_alone()
    {
        Lint.Lines("CV623", Segment + Interviews(3) + Profile("pain p \"Parking tickets\" heard cut_1")).ShouldBeEmpty();

        var two = Lint.Config("""{ "rules": { "entry-heard-once": { "minInterviews": 2 } } }""");
        Lint.Lines("CV623", Segment + Interviews(2) + Profile("pain p \"Parking tickets\" heard cut_1"), two).ShouldBe([5]);

        var six = Lint.Config("""{ "rules": { "CV623": { "minInterviews": 6 } } }""");
        Lint.Lines("CV623", Segment + Interviews(5) + Profile("pain p \"Parking tickets\" heard cut_1"), six).ShouldBeEmpty();
    }

    [Fact]
    public void Imported_interviews_count_toward_the_segment()
    {
        var imports = new Dictionary<string, string> { ["talks.canvas"] = Segment + Interviews(4) };
        var text = "import \"talks.canvas\"\n" + Profile("pain p \"Parking tickets\" heard cut_4");
        var d = Lint.Of("CV623", text, imports: imports).ShouldHaveSingleItem();
        d.Related.Single().Location.Path.ShouldEndWith("talks.canvas");

        var profile = new Dictionary<string, string> { ["canvas.canvas"] = Segment + Interviews(4) + Profile("pain p \"Parking tickets\" heard cut_4") };
        Lint.Lines("CV623", "import \"canvas.canvas\"\n", imports: profile).ShouldBeEmpty();
    }

    [Fact]
    public void A_comment_above_the_entry_covers_it_and_one_above_the_profile_does_not()
    {
        const string Entry = "pain p \"Parking tickets\" heard cut_1";
        var aboveEntry = Segment + Interviews(4) + "profile hairdressers {\n  // canvaslang-disable-next-line entry-heard-once\n  " + Entry + "\n}\n";
        Lint.Of("CV623", aboveEntry).ShouldBeEmpty();
        Lint.Of("CV901", aboveEntry).ShouldBeEmpty();

        var aboveProfile = Segment + Interviews(4) + "// canvaslang-disable-next-line CV623\n" + Profile(Entry);
        Lint.Of("CV623", aboveProfile).ShouldHaveSingleItem();
        Lint.Of("CV901", aboveProfile).ShouldHaveSingleItem();
    }
}
