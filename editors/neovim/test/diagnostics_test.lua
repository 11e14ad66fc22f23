-- Headless Neovim test: open a canvas, attach the CanvasLang server, expect CV101 on a vague pain.
--   nvim --headless -u NONE -i NONE --cmd 'set rtp^=editors/neovim' -c 'luafile editors/neovim/test/diagnostics_test.lua'
-- Env: CANVASLANG_SERVER (the server command, split on spaces; default
--      `dotnet run --project src/CanvasLang.Cli --`, run from the repo root), CANVASLANG_TIMEOUT_MS (60000).
local function out(msg)
  io.stdout:write(msg .. '\n')
end
local function finish(ok, msg)
  out((ok and 'PASS: ' or 'FAIL: ') .. msg)
  vim.cmd(ok and 'qall!' or 'cquit! 1')
end

local ok, err = pcall(function()
  local repo = vim.fn.getcwd()
  local server = os.getenv('CANVASLANG_SERVER')
  if server == nil or server == '' then
    server = 'dotnet run --project src/CanvasLang.Cli --'
  end
  local cmd = vim.split(server, ' ', { trimempty = true })
  table.insert(cmd, 'lsp')
  local timeout = tonumber(os.getenv('CANVASLANG_TIMEOUT_MS') or '') or 60000

  local dir = vim.fn.tempname()
  vim.fn.mkdir(dir, 'p')
  local file = dir .. '/vague.canvas'
  vim.fn.writefile({
    'segment commuters "Urban commuters who buy coffee on the way to work"',
    '',
    'profile commuters {',
    '  functional job get_coffee "Buy a hot coffee before the 8:10 train" importance high',
    '  pain price "Too expensive"',
    '}',
  }, file)

  local exited
  local canvaslang = require('canvaslang')
  canvaslang.on_server_exit = function(code, signal)
    exited = { code = code, signal = signal }
  end
  canvaslang.setup({ cmd = cmd, root_markers = { 'canvaslang.json' } })
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  if vim.bo.filetype ~= 'canvaslang' then
    return finish(false, 'filetype is ' .. vim.bo.filetype .. ', expected canvaslang (ftdetect not on the runtimepath?)')
  end
  local bufnr = vim.api.nvim_get_current_buf()
  if canvaslang.last_error then
    return finish(false, canvaslang.last_error)
  end
  out(string.format('server: %s (cwd %s); waiting up to %d ms for CV101', table.concat(cmd, ' '), repo, timeout))

  local function code_of(d)
    local c = d.code
    if c == nil and d.user_data and d.user_data.lsp then
      c = d.user_data.lsp.code
    end
    return c ~= nil and tostring(c) or ''
  end
  local started = vim.loop.now()
  local found = vim.wait(timeout, function()
    if exited then
      return true
    end
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      if code_of(d) == 'CV101' and d.lnum == 4 then
        return true
      end
    end
    return false
  end, 200)

  local got = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(got, string.format('%s@%d %q', code_of(d), d.lnum + 1, d.message))
  end
  local log = vim.lsp.get_log_path()
  local function server_stderr()
    -- the server's stderr is logged by vim.lsp as: ... "stderr" "<text>"
    local lines = vim.fn.filereadable(log) == 1 and vim.fn.readfile(log) or {}
    local said = {}
    for _, l in ipairs(lines) do
      local text = l:match('"stderr"%s+"(.*)"%s*$')
      if text then
        table.insert(said, (text:gsub('\\n', ' | '):gsub('\\"', '"')))
      end
    end
    return #said > 0 and table.concat(said, ' | ') or '(nothing on stderr)'
  end
  if exited then
    return finish(false, string.format(
      'the language server exited (code %d) before publishing diagnostics. Command: %s. It said: %s. '
        .. 'Is the server built (dotnet build src/CanvasLang.Cli) and does it have the `lsp` command? Full log: %s',
      exited.code, table.concat(cmd, ' '), server_stderr(), log))
  end
  if not found then
    local clients = vim.lsp.get_active_clients()
    return finish(false, string.format(
      'no CV101 diagnostic on line 5 ("Too expensive") after %d ms; %d client(s) running; diagnostics: %s. See %s',
      vim.loop.now() - started, #clients, #got > 0 and table.concat(got, '; ') or 'none', log))
  end
  finish(true, string.format('CV101 on line 5 after %d ms (%s)', vim.loop.now() - started, table.concat(got, '; ')))
end)
if not ok then
  finish(false, 'test error: ' .. tostring(err))
end
