-- Neovim smoke test of `kaskade lsp` (Neovim 0.7: vim.lsp.start_client, buf_attach_client).
-- Run as: nvim --headless -u NONE -c "luafile Tests/lsp/nvim_smoke.lua"
-- with KASKADE (the binary) and KASKADE_BROKEN (a copy of examples/broken) in the environment.
-- Prints what it saw; quits with code 0 when every check held, 1 otherwise.

local kaskade = os.getenv("KASKADE")
local root = os.getenv("KASKADE_BROKEN")
local failures = 0

local function check(ok, what)
  print((ok and "ok: " or "FAILED: ") .. what)
  if not ok then failures = failures + 1 end
end

local function finish()
  print(failures == 0 and "nvim smoke test: all checks held" or ("nvim smoke test: " .. failures .. " check(s) failed"))
  io.stdout:flush()
  vim.cmd((failures == 0) and "qall!" or "cquit! 1")
end

local ok, err = pcall(function()
  local client = vim.lsp.start_client({
    name = "kaskade",
    cmd = { kaskade, "lsp" },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = "broken" } },
  })
  check(client ~= nil, "the client started")

  -- 1. The findings of examples/broken, inline on the real buffer.
  vim.cmd("edit " .. root .. "/10-skole.kaskade")
  local school = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(school, client)
  local function codes(buf)
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      found[#found + 1] = code
    end
    return found
  end
  local function has(buf, code)
    for _, c in ipairs(codes(buf)) do if c == code then return true end end
    return false
  end
  vim.wait(30000, function() return has(school, "K305") end, 50)
  check(has(school, "K305"), "K305 is shown on 10-skole.kaskade (" .. table.concat(codes(school), " ") .. ")")
  for _, d in ipairs(vim.diagnostic.get(school)) do
    if (d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)) == "K305" then
      print(string.format("K305 at line %d, column %d: %s", d.lnum + 1, d.col + 1, d.message))
    end
  end

  -- 2. gd on a `følger` target jumps to the other file.
  local lines = vim.api.nvim_buf_get_lines(school, 0, -1, false)
  local row, col
  for i, line in ipairs(lines) do
    local s = line:find("følger D1", 1, true)
    if s then row, col = i, s - 1 + #"følger " break end
  end
  check(row ~= nil, "a `følger D1` in 10-skole.kaskade")
  vim.api.nvim_win_set_cursor(0, { row, col })
  vim.lsp.buf.definition()
  vim.wait(10000, function() return vim.api.nvim_buf_get_name(0):match("00%-kommune") ~= nil end, 50)
  local target = vim.api.nvim_buf_get_name(0)
  local cursor = vim.api.nvim_win_get_cursor(0)
  local there = vim.api.nvim_get_current_line()
  print(string.format("gd on D1 went to %s:%d: %s", vim.fn.fnamemodify(target, ":t"), cursor[1], there))
  check(target:match("00%-kommune") ~= nil and there:find("mål D1", 1, true) ~= nil, "gd jumped to D1's definition in 00-kommune.kaskade")

  -- 3. Renaming the goal edits every file.
  local kommune = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(kommune, client)
  vim.wait(2000, function() return false end, 50)
  local line = vim.api.nvim_get_current_line()
  local s = line:find("D1", 1, true)
  vim.api.nvim_win_set_cursor(0, { cursor[1], s - 1 })
  vim.lsp.buf.rename("D7")
  local function count(buf, word)
    local n = 0
    for _, l in ipairs(vim.api.nvim_buf_get_lines(buf, 0, -1, false)) do
      for _ in l:gmatch("%f[%w]" .. word .. "%f[^%w]") do n = n + 1 end
    end
    return n
  end
  vim.wait(10000, function() return count(school, "D7") > 0 and count(kommune, "D7") > 0 end, 50)
  print(string.format("after rename: D7 %d time(s) in 00-kommune, %d in 10-skole; D1 %d and %d",
    count(kommune, "D7"), count(school, "D7"), count(kommune, "D1"), count(school, "D1")))
  check(count(kommune, "D7") > 0 and count(school, "D7") > 0 and count(kommune, "D1") == 0 and count(school, "D1") == 0,
    "the rename edited both files")
  vim.lsp.stop_client(client)
end)
if not ok then check(false, "no error: " .. tostring(err)) end
finish()
