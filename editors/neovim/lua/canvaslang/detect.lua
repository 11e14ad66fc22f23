-- Filetype detection for *.canvas: CanvasLang, unless the file is a JSON Canvas (first non-blank
-- character `{`), which is left to the JSON filetype.
local M = {}

function M.is_json_canvas(bufnr)
  local lines = vim.api.nvim_buf_get_lines(bufnr or 0, 0, 50, false)
  for _, line in ipairs(lines) do
    local first = line:match('^%s*(%S)')
    if first then
      return first == '{'
    end
  end
  return false
end

function M.detect()
  if M.is_json_canvas(0) then
    vim.bo.filetype = 'json'
  else
    vim.bo.filetype = 'canvaslang'
  end
end

return M
