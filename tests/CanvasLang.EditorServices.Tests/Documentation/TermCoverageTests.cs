using CanvasLang.EditorServices.Documentation;
using CanvasLang.Syntax;

namespace CanvasLang.EditorServices.Tests.Documentation;

/// <summary>Hover documents every word of the language: a keyword added to the table without its entry in terms.md fails here.</summary>
public sealed class TermCoverageTests
{
    [Fact]
    public void Every_word_of_the_language_table_has_hover_documentation() =>
        LanguageTable.AllWords().Where(w => TermDocumentation.For(w) is null).Order(StringComparer.Ordinal).ShouldBeEmpty();
}
