-- Neovim's own LSP client (vim.lsp.start_client, Neovim 0.7 as Debian 12 ships it) on the PlanLint
-- language server from the installed npm package, as docs/editors.md sets it up. Run headless by
-- editors.test.mjs: it writes what the editor showed at each step to $OUT (JSON); the test asserts.
local repo = os.getenv('PLANS_REPO')
local out = {}
local function done()
  local f = io.open(os.getenv('OUT'), 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd('qa!')
end
local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'planlint',
    cmd = { 'npx', 'planlint-language-server', '--stdio' },
    cmd_cwd = repo,
    root_dir = repo,
    settings = { planlint = { locale = 'en' } },
  })
  local plan = repo .. '/plans/sx-industry-13th.plan.yaml'
  vim.cmd('edit ' .. vim.fn.fnameescape(plan))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)

  local function diagnostics()
    return vim.tbl_map(function(d)
      return { line = d.lnum, col = d.col, code = d.code, message = d.message }
    end, vim.diagnostic.get(buf))
  end
  local function cursor_at(pattern, delta)
    local row = vim.fn.search(pattern, 'cw')
    assert(row > 0, 'not in the buffer: ' .. pattern)
    local col = vim.fn.stridx(vim.fn.getline(row), pattern)
    vim.api.nvim_win_set_cursor(0, { row, col + (delta or 0) }) -- columns in bytes
  end
  local function request(method, params)
    local r = vim.lsp.buf_request_sync(buf, method, params, 15000) or {}
    return r[client_id] and r[client_id].result
  end

  -- 1. Open a seed plan: its diagnostics.
  vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  out.opened = diagnostics()

  -- 2. Hover a number: its source paragraph.
  cursor_at('value: 952.9', 8)
  local hover = request('textDocument/hover', vim.lsp.util.make_position_params())
  out.hover = hover and hover.contents.value

  -- 3. Definition from a quote: the source document, at the quoted text.
  cursor_at('非煤产业占全部工业增加值比重达到60%以上', 3)
  local locations = request('textDocument/definition', vim.lsp.util.make_position_params())
  if locations and locations[1] then
    vim.lsp.util.jump_to_location(locations[1], 'utf-16')
    local pos = vim.api.nvim_win_get_cursor(0)
    out.definition = {
      file = vim.fn.expand('%:t'),
      text = string.sub(vim.fn.getline(pos[1]), pos[2] + 1),
    }
    vim.cmd('buffer ' .. buf)
  end

  -- 4. An edit: the quote no longer matches its document.
  cursor_at('比重达到60%以上"', #'比重达到')
  local row, col = unpack(vim.api.nvim_win_get_cursor(0))
  vim.api.nvim_buf_set_text(buf, row - 1, col, row - 1, col + 1, { '7' })
  out.edited_line = row - 1
  vim.wait(15000, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.lnum == row - 1 then return true end
    end
    return false
  end, 50)
  out.edited = diagnostics()

  -- 5. A code action on the stated growth, chosen as a user would, and applied.
  cursor_at('value: "11%"', 7)
  out.growth_line = vim.api.nvim_win_get_cursor(0)[1] - 1
  local offered = {}
  vim.ui.select = function(items, _, on_choice)
    for _, item in ipairs(items) do
      local action = item[2] or item
      table.insert(offered, action.title)
    end
    for i, item in ipairs(items) do
      local action = item[2] or item
      if string.find(action.title, 'inconsistency', 1, true) then return on_choice(item, i) end
    end
    on_choice(nil)
  end
  vim.lsp.buf.code_action({ only = { 'quickfix' } })
  -- The decision is recorded on a new line above: the growth moves one line down.
  vim.wait(15000, function()
    return string.find(vim.fn.getline(out.growth_line + 1), 'planlint-disable-next-line', 1, true) ~= nil
  end, 50)
  out.actions = offered
  out.fixed_text = vim.fn.getline(out.growth_line + 1)
  -- Checked again: the finding is there as acknowledged (a hint), no longer open.
  vim.wait(15000, function()
    local acknowledged = false
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local open = d.severity ~= vim.diagnostic.severity.HINT
      if d.lnum == out.growth_line + 1 and d.code == 'growth-mismatch' then
        if open then return false end
        acknowledged = true
      end
    end
    return acknowledged
  end, 50)
  out.fixed = diagnostics()
end)
if not ok then out.error = tostring(err) end
done()
