" Indentation for CanvasLang: one level inside { }.
if exists('b:did_indent')
  finish
endif
let b:did_indent = 1

setlocal indentexpr=CanvasLangIndent(v:lnum)
setlocal indentkeys=0},0{,!^F,o,O
setlocal autoindent
let b:undo_indent = 'setlocal indentexpr< indentkeys< autoindent<'

if exists('*CanvasLangIndent')
  finish
endif

function! s:Code(lnum) abort
  " the line without strings and comments
  let line = getline(a:lnum)
  let line = substitute(line, '"\%(\\.\|[^"\\]\)*"', '""', 'g')
  let line = substitute(line, '//.*$', '', '')
  let line = substitute(line, '/\*.\{-}\*/', '', 'g')
  return line
endfunction

function! CanvasLangIndent(lnum) abort
  let prev = prevnonblank(a:lnum - 1)
  if prev == 0
    return 0
  endif
  let ind = indent(prev)
  let pcode = s:Code(prev)
  let opens = len(substitute(pcode, '[^{]', '', 'g'))
  let closes = len(substitute(pcode, '[^}]', '', 'g'))
  if opens > closes
    let ind += shiftwidth()
  endif
  if getline(a:lnum) =~# '^\s*}'
    let ind -= shiftwidth()
  endif
  return ind < 0 ? 0 : ind
endfunction
