// Generates syntaxes/canvaslang.tmLanguage.json (edit this file, then: node scripts/generate-grammar.mjs syntaxes/canvaslang.tmLanguage.json).
// The words come from grammar/language.json, which a test keeps equal to the language table (LanguageTable.cs).
import { readFileSync, writeFileSync } from 'node:fs';
const lang = JSON.parse(readFileSync(new URL('../../../grammar/language.json', import.meta.url), 'utf8'));
const ID = '[A-Za-z_][A-Za-z0-9_-]*';
const alt = words => [...new Set(words)].join('|');
const keywords = (list, test) => list.filter(test).map(a => a.keyword);
const declarations = lang.declarations;
const fields = Object.values(lang.fields).flat();
const valued = [...lang.attributes, ...fields];
const LEVEL = `(?:${alt(lang.levelWords)})`;
const UNNAMED = alt(keywords(declarations, d => !d.named && d.connectives.length === 0));
// Cards: a block of fields whose name may be followed by `for segment` or `from test`.
const cards = declarations.filter(d => d.named && d.block && d.connectives.length > 0);
const NAMED = alt(keywords(declarations, d => d.named && !cards.includes(d)));
const referred = { for: 'segment', from: 'test' };
const purpose = declarations.find(d => !d.named && d.connectives.length > 0);
const AKA = declarations.find(d => d.keyword === 'segment').connectives[0];
const QUALIFIERS = alt(lang.entries.flatMap(e => e.qualifiers));
const ENTRIES = alt(lang.entries.map(e => e.keyword));
const ATTRIBUTES = alt(lang.attributes.map(a => a.keyword));
const REFERENCES = alt(keywords([...lang.attributes, ...fields], a => a.value === 'references'));
const LEVELS = alt(keywords(valued, a => a.value === 'word' && a.words.every(w => lang.levelWords.includes(w))));
const wordsOf = keyword => valued.find(a => a.keyword === keyword).words;
// Word fields other than levels, once each (a field word means the same in every block); `heard job` is left to the entry pattern.
const wordFields = [...new Map(valued.filter(a => a.value === 'word' && !a.words.every(w => lang.levelWords.includes(w))).map(a => [a.keyword, a])).values()];
const scopeOf = { as: 'role' };
const NUMBERS = alt(keywords(valued, a => a.value === 'number'));
const DATES = alt(keywords(valued, a => a.value === 'date'));
const TEXTS = alt(keywords(fields, a => a.value === 'text' || a.value === 'texts'));
const g = {
  $schema: 'https://raw.githubusercontent.com/martinring/tmlanguage/master/tmlanguage.json',
  name: 'CanvasLang',
  scopeName: 'source.canvaslang',
  fileTypes: ['canvas'],
  patterns: [
    { include: '#comments' }, { include: '#strings' }, { include: '#declarations' }, { include: '#entries' },
    { include: '#references' }, { include: '#attributes' }, { include: '#fields' }, { include: '#literals' },
    { include: '#punctuation' },
  ],
  repository: {
    comments: { patterns: [
      { name: 'comment.line.double-slash.directive.canvaslang',
        match: `(//)\\s*(canvaslang-(?:disable-next-line|disable|enable))\\b(.*)$`,
        captures: {
          1: { name: 'punctuation.definition.comment.canvaslang' },
          2: { name: 'keyword.control.directive.suppression.canvaslang' },
          3: { patterns: [
            { name: 'constant.other.rule-id.canvaslang', match: '\\bCV[0-9]{3}\\b' },
            { name: 'punctuation.separator.comma.canvaslang', match: ',' },
            { name: 'support.constant.rule-name.canvaslang', match: '\\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\\b' },
          ] },
        } },
      { name: 'comment.block.directive.canvaslang',
        begin: `(/\\*)\\s*(canvaslang-(?:disable-next-line|disable|enable))\\b`, end: '\\*/',
        beginCaptures: { 1: { name: 'punctuation.definition.comment.canvaslang' }, 2: { name: 'keyword.control.directive.suppression.canvaslang' } },
        endCaptures: { 0: { name: 'punctuation.definition.comment.canvaslang' } },
        patterns: [
          { name: 'constant.other.rule-id.canvaslang', match: '\\bCV[0-9]{3}\\b' },
          { name: 'support.constant.rule-name.canvaslang', match: '\\b[a-z][a-z0-9]*(?:-[a-z0-9]+)+\\b' },
        ] },
      { name: 'comment.line.double-slash.canvaslang', match: '(//).*$', captures: { 1: { name: 'punctuation.definition.comment.canvaslang' } } },
      { name: 'comment.block.canvaslang', begin: '/\\*', end: '\\*/',
        beginCaptures: { 0: { name: 'punctuation.definition.comment.canvaslang' } }, endCaptures: { 0: { name: 'punctuation.definition.comment.canvaslang' } } },
    ] },
    strings: { patterns: [
      { name: 'string.quoted.double.canvaslang', begin: '"', end: '(")|((?<!\\\\)$)',
        beginCaptures: { 0: { name: 'punctuation.definition.string.begin.canvaslang' } },
        endCaptures: { 1: { name: 'punctuation.definition.string.end.canvaslang' }, 2: { name: 'invalid.illegal.unterminated-string.canvaslang' } },
        patterns: [
          { name: 'constant.character.escape.canvaslang', match: '\\\\["\\\\]' },
          { name: 'invalid.illegal.unknown-escape.canvaslang', match: '\\\\.' },
        ] },
    ] },
    declarations: { patterns: [
      { match: `\\b(${UNNAMED})\\b`, captures: { 1: { name: 'keyword.other.declaration.canvaslang' } } },
      { match: `\\b(${NAMED})\\s+(${ID})`,
        captures: { 1: { name: 'keyword.other.declaration.canvaslang' }, 2: { name: 'entity.name.type.segment.canvaslang' } } },
      { match: `\\b(${AKA})\\b`, captures: { 1: { name: 'keyword.other.aka.canvaslang' } } },
      ...cards.map(d => ({ match: `\\b(${d.keyword})\\s+(${ID})(?:\\s+(${d.connectives[0]})\\s+(${ID}))?`,
        captures: { 1: { name: 'keyword.other.declaration.canvaslang' }, 2: { name: `entity.name.type.${d.block}.canvaslang` },
          3: { name: `keyword.other.${d.connectives[0]}.canvaslang` }, 4: { name: `variable.other.reference.${referred[d.connectives[0]]}.canvaslang` } } })),
      { match: `\\b(${purpose.keyword})\\s+(?:(${alt(purpose.connectives.slice(0, -1))})\\b|(${purpose.connectives.at(-1)})(?:\\s+(${ID}))?)`,
        captures: { 1: { name: 'keyword.other.declaration.canvaslang' }, 2: { name: 'storage.modifier.qualifier.canvaslang' },
          3: { name: 'storage.modifier.qualifier.canvaslang' }, 4: { name: 'variable.other.reference.segment.canvaslang' } } },
    ] },
    entries: { patterns: [
      { match: `\\b(?:(${QUALIFIERS})\\s+)?(${ENTRIES})\\b(?:\\s+(?!(?:${ATTRIBUTES})\\b)(${ID}))?`,
        captures: { 1: { name: 'storage.modifier.qualifier.canvaslang' }, 2: { name: 'storage.type.entry.canvaslang' },
          3: { name: 'entity.name.function.entry.canvaslang' } } },
    ] },
    references: { patterns: [
      { begin: `\\b(${REFERENCES})\\b`,
        end: `(?=\\b(?:${ATTRIBUTES})\\b)|(?=[^\\s,A-Za-z0-9_-])|$`,
        beginCaptures: { 1: { name: 'keyword.other.reference.canvaslang' } },
        patterns: [
          { name: 'variable.other.reference.canvaslang', match: ID },
          { name: 'punctuation.separator.comma.canvaslang', match: ',' },
        ] },
    ] },
    attributes: { patterns: [
      { match: `\\b(${LEVELS})\\s+(?:(${LEVEL})\\b|(${ID}))`,
        captures: { 1: { name: 'keyword.other.attribute.canvaslang' }, 2: { name: 'constant.language.level.canvaslang' }, 3: { name: 'invalid.illegal.level.canvaslang' } } },
      // Every other attribute or field of a fixed set of words: `as buyer`, `status planned`, `type viability`, `next pivot`.
      ...wordFields.map(a => ({ match: `\\b(${a.keyword})\\s+(?:(${alt(a.words)})\\b|(${ID}))`,
        captures: { 1: { name: 'keyword.other.attribute.canvaslang' }, 2: { name: `constant.language.${scopeOf[a.keyword] ?? a.keyword}.canvaslang` }, 3: { name: `invalid.illegal.${scopeOf[a.keyword] ?? a.keyword}.canvaslang` } } })),
      { match: `\\b(${NUMBERS})\\b`, captures: { 1: { name: 'keyword.other.attribute.canvaslang' } } },
      { match: `\\b(${DATES})\\b(?=\\s+[0-9])`, captures: { 1: { name: 'keyword.other.attribute.canvaslang' } } },
    ] },
    fields: { patterns: [
      { match: `\\b(${TEXTS})\\b(?=\\s*")`,
        captures: { 1: { name: 'keyword.other.field.canvaslang' } } },
    ] },
    literals: { patterns: [
      { name: 'constant.numeric.date.canvaslang', match: '\\b[0-9]{4}-[0-9]{2}-[0-9]{2}\\b' },
      { name: 'constant.numeric.integer.canvaslang', match: '\\b[0-9]+\\b' },
    ] },
    punctuation: { patterns: [
      { name: 'punctuation.section.block.begin.canvaslang', match: '\\{' },
      { name: 'punctuation.section.block.end.canvaslang', match: '\\}' },
      { name: 'punctuation.separator.comma.canvaslang', match: ',' },
    ] },
  },
};
writeFileSync(process.argv[2], JSON.stringify(g, null, 2) + '\n');
