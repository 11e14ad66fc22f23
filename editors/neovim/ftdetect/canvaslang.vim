" *.canvas is CanvasLang, except JSON Canvas files (another format, same extension), which start with `{`.
augroup canvaslang_ftdetect
  autocmd!
  autocmd BufRead,BufNewFile *.canvas lua require('canvaslang.detect').detect()
augroup END
