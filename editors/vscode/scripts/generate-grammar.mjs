// Generates syntaxes/canvaslang.tmLanguage.json (edit this file, then: node scripts/generate-grammar.mjs syntaxes/canvaslang.tmLanguage.json).
import { writeFileSync } from 'node:fs';
const ID = '[A-Za-z_][A-Za-z0-9_-]*';
const LEVEL = '(?:critical|high|medium|low|extreme|moderate|essential|nice)';
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
      { match: `\\b(title|import)\\b`, captures: { 1: { name: 'keyword.other.declaration.canvaslang' } } },
      { match: `\\b(segment|profile|valuemap|statement|businessmodel)\\s+(${ID})`,
        captures: { 1: { name: 'keyword.other.declaration.canvaslang' }, 2: { name: 'entity.name.type.segment.canvaslang' } } },
      { match: `\\b(aka)\\b`, captures: { 1: { name: 'keyword.other.aka.canvaslang' } } },
      { match: `\\b(test)\\s+(${ID})(?:\\s+(for)\\s+(${ID}))?`,
        captures: { 1: { name: 'keyword.other.declaration.canvaslang' }, 2: { name: 'entity.name.type.test.canvaslang' },
          3: { name: 'keyword.other.for.canvaslang' }, 4: { name: 'variable.other.reference.segment.canvaslang' } } },
      { match: `\\b(learning)\\s+(${ID})(?:\\s+(from)\\s+(${ID}))?`,
        captures: { 1: { name: 'keyword.other.declaration.canvaslang' }, 2: { name: 'entity.name.type.learning.canvaslang' },
          3: { name: 'keyword.other.from.canvaslang' }, 4: { name: 'variable.other.reference.test.canvaslang' } } },
      { match: `\\b(purpose)\\s+(?:(company|brand)\\b|(customer)(?:\\s+(${ID}))?)`,
        captures: { 1: { name: 'keyword.other.declaration.canvaslang' }, 2: { name: 'storage.modifier.qualifier.canvaslang' },
          3: { name: 'storage.modifier.qualifier.canvaslang' }, 4: { name: 'variable.other.reference.segment.canvaslang' } } },
    ] },
    entries: { patterns: [
      { match: `\\b(?:(functional|social|emotional|personal|undesired|obstacle|risk|required|expected|desired|unexpected|physical|digital|intangible|financial)\\s+)?(job|pain|gain|product|service|reliever|creator)\\b(?:\\s+(?!(?:importance|severity|relevance|rank|as|serves|relieves|creates)\\b)(${ID}))?`,
        captures: { 1: { name: 'storage.modifier.qualifier.canvaslang' }, 2: { name: 'storage.type.entry.canvaslang' },
          3: { name: 'entity.name.function.entry.canvaslang' } } },
    ] },
    references: { patterns: [
      { begin: `\\b(serves|relieves|creates|segments|propositions)\\b`,
        end: `(?=\\b(?:importance|severity|relevance|rank|serves|relieves|creates|as)\\b)|(?=[^\\s,A-Za-z0-9_-])|$`,
        beginCaptures: { 1: { name: 'keyword.other.reference.canvaslang' } },
        patterns: [
          { name: 'variable.other.reference.canvaslang', match: ID },
          { name: 'punctuation.separator.comma.canvaslang', match: ',' },
        ] },
    ] },
    attributes: { patterns: [
      { match: `\\b(importance|severity|relevance|reliability)\\s+(?:(${LEVEL})\\b|(${ID}))`,
        captures: { 1: { name: 'keyword.other.attribute.canvaslang' }, 2: { name: 'constant.language.level.canvaslang' }, 3: { name: 'invalid.illegal.level.canvaslang' } } },
      { match: `\\b(as)\\s+(?:(buyer|cocreator|transferrer)\\b|(${ID}))`,
        captures: { 1: { name: 'keyword.other.attribute.canvaslang' }, 2: { name: 'constant.language.role.canvaslang' }, 3: { name: 'invalid.illegal.role.canvaslang' } } },
      { match: `\\b(status)\\s+(?:(planned|running|validated|invalidated|inconclusive)\\b|(${ID}))`,
        captures: { 1: { name: 'keyword.other.attribute.canvaslang' }, 2: { name: 'constant.language.status.canvaslang' }, 3: { name: 'invalid.illegal.status.canvaslang' } } },
      { match: `\\b(rank|priority)\\b`, captures: { 1: { name: 'keyword.other.attribute.canvaslang' } } },
      { match: `\\b(due|date)\\b(?=\\s+[0-9])`, captures: { 1: { name: 'keyword.other.attribute.canvaslang' } } },
    ] },
    fields: { patterns: [
      { match: `\\b(hypothesis|experiment|metric|criteria|owner|cost|observation|insight|decision|channels|relationships|revenue|resources|activities|partners|costs)\\b(?=\\s*")`,
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
