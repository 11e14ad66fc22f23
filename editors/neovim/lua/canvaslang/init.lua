-- CanvasLang for Neovim (0.7+): starts `canvaslang lsp` for canvaslang buffers and attaches them.
-- Uses vim.lsp.start_client + vim.lsp.buf_attach_client, so no plugin (nvim-lspconfig) is needed.
--
--   require('canvaslang').setup({
--     cmd = { 'canvaslang', 'lsp' },          -- default; or e.g. { 'dotnet', '/path/canvaslang.dll', 'lsp' }
--     root_markers = { 'canvaslang.json', '.git' },
--     on_attach = function(client, bufnr) end,
--     settings = { canvaslang = { lint = { run = 'onType' } } },
--   })
local M = {}

M.config = {
  cmd = { 'canvaslang', 'lsp' },
  root_markers = { 'canvaslang.json', '.git' },
  on_attach = nil,
  capabilities = nil,
  settings = { canvaslang = {} },
  name = 'canvaslang',
}

-- one client per root folder
local clients = {}

local function find_root(bufnr)
  local path = vim.api.nvim_buf_get_name(bufnr)
  local dir = path ~= '' and vim.fn.fnamemodify(path, ':p:h') or vim.fn.getcwd()
  for _, marker in ipairs(M.config.root_markers) do
    local found = vim.fn.findfile(marker, dir .. ';')
    if found == '' then
      found = vim.fn.finddir(marker, dir .. ';')
    end
    if found ~= '' then
      return vim.fn.fnamemodify(found, ':p:h'):gsub('/%.git/?$', ''):gsub('/$', '')
    end
  end
  return dir
end

--- Starts (or reuses) the server for the buffer's root folder and attaches the buffer.
--- Returns the client id, or nil and an error message.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local root = find_root(bufnr)
  local id = clients[root]
  if id and not vim.lsp.get_client_by_id(id) then
    id = nil
  end
  if not id then
    local cmd = M.config.cmd
    if vim.fn.executable(cmd[1]) ~= 1 then
      local msg = string.format(
        'canvaslang: the language server command %q is not executable (not on PATH?). '
          .. 'Install CanvasLang or pass cmd = { "/path/to/canvaslang", "lsp" } to require("canvaslang").setup().',
        cmd[1]
      )
      M.last_error = msg
      vim.notify(msg, vim.log.levels.ERROR)
      return nil, msg
    end
    id = vim.lsp.start_client({
      name = M.config.name,
      cmd = cmd,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
      capabilities = M.config.capabilities or vim.lsp.protocol.make_client_capabilities(),
      settings = M.config.settings,
      init_options = { client = 'neovim' },
      on_attach = M.config.on_attach,
      on_exit = function(code, signal)
        clients[root] = nil
        if code ~= 0 and M.on_server_exit then
          M.on_server_exit(code, signal)
        elseif code ~= 0 then
          vim.schedule(function()
            vim.notify(
              string.format('canvaslang: the language server exited with code %d (signal %d); see :LspLog', code, signal or 0),
              vim.log.levels.WARN
            )
          end)
        end
      end,
    })
    if not id then
      local msg = 'canvaslang: the language server could not be started: ' .. table.concat(cmd, ' ')
      M.last_error = msg
      vim.notify(msg, vim.log.levels.ERROR)
      return nil, msg
    end
    clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

function M.setup(opts)
  M.config = vim.tbl_deep_extend('force', M.config, opts or {})
  local group = vim.api.nvim_create_augroup('canvaslang_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'canvaslang',
    callback = function(args)
      M.attach(args.buf)
    end,
  })
  -- buffers already open
  for _, buf in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(buf) and vim.bo[buf].filetype == 'canvaslang' then
      M.attach(buf)
    end
  end
end

return M
