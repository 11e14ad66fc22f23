" Syntax highlighting for CanvasLang (*.canvas), a fallback for when no Tree-sitter grammar is installed.
if exists('b:current_syntax')
  finish
endif
syntax case match
syntax iskeyword @,48-57,_,-

" suppression comments first, so they win over plain comments
syntax match canvaslangDirective /\/\/\s*canvaslang-\%(disable-next-line\|disable\|enable\)\>.*$/ contains=canvaslangDirectiveKw,canvaslangRuleId,canvaslangRuleName
syntax match canvaslangDirectiveKw /canvaslang-\%(disable-next-line\|disable\|enable\)\>/ contained
syntax match canvaslangRuleId /\<CV\d\{3}\>/ contained
syntax match canvaslangRuleName /\<[a-z][a-z0-9]*\%(-[a-z0-9]\+\)\+\>/ contained
syntax match canvaslangComment /\/\/\%(\s*canvaslang-\%(disable\|enable\)\)\@!.*$/ contains=canvaslangTodo,@Spell
syntax region canvaslangBlockComment start=/\/\*/ end=/\*\// contains=canvaslangTodo,@Spell fold
syntax keyword canvaslangTodo TODO FIXME XXX contained

syntax region canvaslangString start=/"/ skip=/\\\\\|\\"/ end=/"\|$/ oneline contains=canvaslangEscape,@Spell
syntax match canvaslangEscape /\\["\\]/ contained

syntax keyword canvaslangDeclaration title import segment profile valuemap statement test learning purpose businessmodel persona interview assumption positioning empathymap fit swot metrics
syntax keyword canvaslangEntry job pain gain product service reliever creator strength weakness opportunity threat action
syntax keyword canvaslangQualifier functional social emotional personal undesired obstacle risk required expected desired unexpected physical digital intangible financial company brand customer
syntax keyword canvaslangAttribute importance severity relevance rank as priority status due date reliability aka for from type evidence next target every
syntax keyword canvaslangField hypothesis experiment metric criteria owner cost observation insight decision channels relationships revenue resources activities partners costs goal frustration behaviour quote trait who note belief need offer category benefit alternative differentiator proof see say do hear think feel pains gains stage
syntax keyword canvaslangReference serves relieves creates segments propositions basedon heard tests pairs tracks nextgroup=canvaslangRefList skipwhite
syntax match canvaslangRefList /[A-Za-z_][A-Za-z0-9_-]*\%(\s*,\s*[A-Za-z_][A-Za-z0-9_-]*\)*/ contained contains=canvaslangRefSep
syntax match canvaslangRefSep /,/ contained
syntax keyword canvaslangLevel critical high medium low extreme moderate essential nice
syntax keyword canvaslangConstant buyer cocreator transferrer planned running validated invalidated inconclusive desirability feasibility viability none weak some strong persevere pivot kill retest day week month quarter year

syntax match canvaslangHyphenated /\<\%(problem-solution\|product-market\|business-model\)\>/

" the name after an entry kind or a declaration keyword
syntax match canvaslangName /\%(\<\%(job\|pain\|gain\|product\|service\|reliever\|creator\|segment\|profile\|valuemap\|statement\|test\|learning\|businessmodel\|persona\|interview\|assumption\|positioning\|empathymap\|swot\|strength\|weakness\|opportunity\|threat\|action\|metrics\|metric\)\s\+\)\@<=[A-Za-z_][A-Za-z0-9_-]*/

syntax match canvaslangDate /\<\d\{4}-\d\{2}-\d\{2}\>/
syntax match canvaslangNumber /\<\d\+\>/
syntax region canvaslangBlock start=/{/ end=/}/ transparent fold

highlight default link canvaslangDirective Comment
highlight default link canvaslangDirectiveKw PreProc
highlight default link canvaslangRuleId Constant
highlight default link canvaslangRuleName Constant
highlight default link canvaslangComment Comment
highlight default link canvaslangBlockComment Comment
highlight default link canvaslangTodo Todo
highlight default link canvaslangString String
highlight default link canvaslangEscape SpecialChar
highlight default link canvaslangDeclaration Keyword
highlight default link canvaslangEntry Type
highlight default link canvaslangQualifier StorageClass
highlight default link canvaslangAttribute Label
highlight default link canvaslangField Label
highlight default link canvaslangReference Operator
highlight default link canvaslangRefList Identifier
highlight default link canvaslangLevel Constant
highlight default link canvaslangHyphenated Constant
highlight default link canvaslangConstant Constant
highlight default link canvaslangName Function
highlight default link canvaslangDate Number
highlight default link canvaslangNumber Number

let b:current_syntax = 'canvaslang'
