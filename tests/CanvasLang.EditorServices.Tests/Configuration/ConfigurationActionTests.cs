using CanvasLang.EditorServices.CodeActions;
using CanvasLang.EditorServices.Tests.Features;
using CanvasLang.Semantics.Configuration;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;

namespace CanvasLang.EditorServices.Tests.Configuration;

/// <summary>The light bulb's canvaslang.json actions: on the file that applies, as the editor holds it, never on a broken file.</summary>
public sealed class ConfigurationActionTests
{
    private static readonly Diagnostic Vague = new("CV101", "vague-entry", DiagnosticSeverity.Warning, "'fast' is vague", new TextSpan(0, 4));

    [Fact]
    public void A_missing_configuration_is_created_with_the_rule_turned_off()
    {
        using var workspace = new FeatureWorkspace();
        var action = ConfigurationActions.Configure(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), Vague).ShouldNotBeNull();
        action.Title.ShouldBe("Configure CV101 (vague-entry) in canvaslang.json: off");
        var document = action.Change.Documents.ShouldHaveSingleItem();
        document.CreatesFile.ShouldBeTrue();
        document.Path.ShouldBe(workspace.PathOf(CanvasConfiguration.FileName));
        var text = TextEdit.Apply(string.Empty, document.Edits);
        text.ShouldContain("$schema");
        ConfigurationLoader.Parse(document.Path, text).Rules["CV101"].Off.ShouldBeTrue();
    }

    [Fact]
    public void An_existing_commented_file_gets_minimal_edits_on_its_text()
    {
        using var workspace = new FeatureWorkspace();
        const string saved = "{\n  // why these rules\n  \"rules\": {\n    \"CV202\": \"off\" /* for now */\n  }\n}\n";
        File.WriteAllText(workspace.PathOf(CanvasConfiguration.FileName), saved);
        var document = ConfigurationActions.Configure(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), Vague)!.Change.Documents.Single();
        document.CreatesFile.ShouldBeFalse();
        document.Text!.Text.ShouldBe(saved);
        TextEdit.Apply(saved, document.Edits).ShouldBe("{\n  // why these rules\n  \"rules\": {\n    \"CV202\": \"off\", /* for now */\n    \"CV101\": \"off\"\n  }\n}\n");
    }

    [Fact]
    public void An_open_configuration_is_edited_as_the_editor_holds_it()
    {
        using var workspace = new FeatureWorkspace();
        var path = workspace.PathOf(CanvasConfiguration.FileName);
        File.WriteAllText(path, "{}\n");
        const string unsaved = "{ \"rules\": { \"vague-entry\": \"info\" } }";
        workspace.Workspace.OpenConfiguration(path, 3, unsaved);
        var document = ConfigurationActions.Configure(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), Vague)!.Change.Documents.Single();
        document.Text!.Text.ShouldBe(unsaved);
        TextEdit.Apply(unsaved, document.Edits).ShouldBe("{ \"rules\": { \"vague-entry\": \"off\" } }");
        workspace.Workspace.CloseConfiguration(path).ShouldBeTrue();
        workspace.Workspace.ConfigurationBufferOf(path).ShouldBeNull();
    }

    [Fact]
    public void A_configuration_that_is_not_valid_json_gets_no_action()
    {
        using var workspace = new FeatureWorkspace();
        File.WriteAllText(workspace.PathOf(CanvasConfiguration.FileName), "{ \"rules\": { \"CV202\": \"off\" // unfinished\n");
        ConfigurationActions.Configure(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), Vague).ShouldBeNull();
        ConfigurationActions.AcceptWords(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), Vague).ShouldBeEmpty();
    }

    [Fact]
    public void Accepting_a_word_edits_the_entry_that_names_the_rule_by_name()
    {
        using var workspace = new FeatureWorkspace();
        const string saved = "{\n  \"rules\": {\n    \"vague-entry\": { \"acceptedWords\": [\"kiosk\"] } // brand names\n  }\n}\n";
        File.WriteAllText(workspace.PathOf(CanvasConfiguration.FileName), saved);
        var action = ConfigurationActions.AcceptWords(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), Vague).ShouldHaveSingleItem();
        action.Title.ShouldBe("Accept 'fast' in this workspace");
        var after = TextEdit.Apply(saved, action.Change.Documents.Single().Edits);
        after.ShouldBe(saved.Replace("[\"kiosk\"]", "[\"kiosk\", \"fast\"]", StringComparison.Ordinal));
        ConfigurationLoader.Parse("/w/canvaslang.json", after).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void Nothing_is_offered_when_the_rule_already_has_that_severity()
    {
        using var workspace = new FeatureWorkspace();
        File.WriteAllText(workspace.PathOf(CanvasConfiguration.FileName), "{ \"rules\": { \"CV101\": \"hint\" } }");
        var hint = Vague with { Severity = DiagnosticSeverity.Hint };
        ConfigurationActions.Configure(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), hint, "hint").ShouldBeNull();
        ConfigurationActions.Configure(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), hint, "info").ShouldNotBeNull();
    }

    [Fact]
    public void Error_rules_cannot_be_configured_away()
    {
        using var workspace = new FeatureWorkspace();
        var unknown = new Diagnostic("CV002", "unknown-reference", DiagnosticSeverity.Error, "x", new TextSpan(0, 1));
        ConfigurationActions.Configure(workspace.Workspace.Current, workspace.PathOf("coffee.canvas"), unknown).ShouldBeNull();
    }
}
