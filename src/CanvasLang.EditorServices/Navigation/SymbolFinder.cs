using CanvasLang.Semantics.Model;
using CanvasLang.Syntax.Diagnostics;
using CanvasLang.Syntax.Text;
using CanvasLang.Syntax.Tree;

namespace CanvasLang.EditorServices.Navigation;

/// <summary>A name as written in one file: where the symbol is declared, or a reference to it.</summary>
public sealed record SymbolOccurrence(Symbol Symbol, TextSpan Span, bool IsDeclaration);

/// <summary>Finds the symbol under the cursor and every place a symbol is named in a file.</summary>
public static class SymbolFinder
{
    /// <summary>Two symbols are the same when declared at the same place (models are rebuilt per analysis).</summary>
    public static bool SameSymbol(Symbol a, Symbol b) =>
        a.Name == b.Name && a.Location.Path == b.Location.Path && a.Location.Span == b.Location.Span;

    public static SymbolOccurrence? At(SemanticModel model, int offset)
    {
        foreach (var (name, symbol) in model.ResolvedNames)
        {
            if (name.Span.Touches(offset))
            {
                return new SymbolOccurrence(symbol, name.Span, false);
            }
        }

        foreach (var symbol in model.Symbols.Values)
        {
            if (model.IsOwnPath(symbol.Location.Path) && symbol.Location.Span.Touches(offset))
            {
                return new SymbolOccurrence(symbol, symbol.Location.Span, true);
            }
        }

        return null;
    }

    /// <summary>The declaration (when in this file) and every reference to <paramref name="symbol"/> in the model's own file.</summary>
    public static IEnumerable<SymbolOccurrence> Occurrences(SemanticModel model, Symbol symbol)
    {
        if (model.IsOwnPath(symbol.Location.Path))
        {
            yield return new SymbolOccurrence(symbol, symbol.Location.Span, true);
        }

        foreach (var (name, target) in model.ResolvedNames.OrderBy(p => p.Key.Span.Start))
        {
            if (SameSymbol(target, symbol) && name.Span != symbol.Location.Span)
            {
                yield return new SymbolOccurrence(symbol, name.Span, false);
            }
        }
    }

    /// <summary>Where the name of a symbol is declared, as a location in its file.</summary>
    public static DocumentLocation Declaration(Symbol symbol) => symbol.Location;

    /// <summary>A name a user may type for a symbol: what the lexer accepts as an identifier.</summary>
    public static bool IsValidName(string name) => Syntax.SyntaxFacts.IsIdentifier(name);

    /// <summary>The name token under the cursor, resolved or not (for rename of names the binder could not resolve).</summary>
    public static NameSyntax? NameAt(SyntaxTree tree, int offset) =>
        tree.Declarations.SelectMany(NamesOf).FirstOrDefault(n => n.Span.Touches(offset));

    internal static IEnumerable<NameSyntax> NamesOf(DeclarationSyntax declaration) => DeclarationNames.Of(declaration);
}
