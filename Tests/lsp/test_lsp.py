"""End-to-end tests of `kaskade lsp` with a real LSP client (pytest-lsp, pygls, lsprotocol).

Each test starts the server on a fresh copy of the two-file plan in Tests/lsp/plan (a
workspace folder), opens both files, and drives one feature the way an editor would.
"""

import pathlib
import re
import subprocess
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from support import (apply_edits, codes, copy_plan, kaskade, position_of, utf16_column,
                     wait_diagnostics)


def initialize_params(root: pathlib.Path, encodings=None, locale="en") -> types.InitializeParams:
    general = types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None
    return types.InitializeParams(
        capabilities=types.ClientCapabilities(general=general),
        root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name="plan")],
        locale=locale,
    )


class Plan:
    """The copied plan and its two open documents."""

    def __init__(self, client: LanguageClient, root: pathlib.Path):
        self.client, self.root = client, root
        self.a = root / "00-kommune.kaskade"
        self.b = root / "10-skole.kaskade"
        self.text = {self.a.as_uri(): self.a.read_text(), self.b.as_uri(): self.b.read_text()}
        self.version = {uri: 1 for uri in self.text}

    @property
    def uri_a(self):
        return self.a.as_uri()

    @property
    def uri_b(self):
        return self.b.as_uri()

    def open_all(self):
        for uri, text in self.text.items():
            self.client.text_document_did_open(types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="kaskade", version=1, text=text)))

    def replace(self, uri: str, new_text: str):
        """Sends the whole new text as one full change."""
        self.version[uri] += 1
        self.text[uri] = new_text
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.version[uri]),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=new_text)]))

    def edit(self, uri: str, edits):
        """Sends edits as incremental changes (last first, so positions stay valid)."""
        self.version[uri] += 1
        changes = []
        for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
            changes.append(types.TextDocumentContentChangePartial(range=e.range, text=e.new_text))
        self.text[uri] = apply_edits(self.text[uri], edits)
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self.version[uri]),
            content_changes=changes))

    def at(self, uri, needle, nth=0, delta=0):
        line, character = position_of(self.text[uri], needle, nth, delta)
        return types.Position(line=line, character=character)

    def doc(self, uri):
        return types.TextDocumentIdentifier(uri=uri)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[kaskade(), "lsp"]))
async def client(lsp_client: LanguageClient):
    root = copy_plan(pathlib.Path(tempfile.mkdtemp(prefix="kaskade-lsp-")))
    await lsp_client.initialize_session(initialize_params(root))
    lsp_client.plan = Plan(lsp_client, root)
    lsp_client.plan.open_all()
    yield
    await lsp_client.shutdown_session()


# MARK: - Diagnostics


async def test_roster_findings_are_published_on_the_csv_file(client: LanguageClient):
    plan = client.plan
    roster = plan.root / "hr" / "ansatte.csv"
    roster.parent.mkdir()
    roster.write_bytes("Nr;Navn;Enhed\r\nR1;S\u00f8ren;LYZ\r\n".encode("cp1252"))
    plan.replace(plan.uri_b, plan.text[plan.uri_b] + '\nindl\u00e6s "hr/ansatte.csv" { nummer "Nr" enhed "Enhed" }\n')
    found = await wait_diagnostics(client, roster.as_uri(), lambda d: "K105" in codes(d))
    k105 = next(d for d in found if d.code == "K105")
    # Line 2, after `R1;Søren;` (UTF-16 columns of the transcoded text).
    assert (k105.range.start.line, k105.range.start.character) == (1, 9)
    assert "`LYZ`" in k105.message
    # A new export, announced by the client's file watcher, is read again.
    roster.write_bytes("Nr;Navn;Enhed\r\nR1;S\u00f8ren;LYS\r\n".encode("cp1252"))
    client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(
        changes=[types.FileEvent(uri=roster.as_uri(), type=types.FileChangeType.Changed)]))
    await wait_diagnostics(client, roster.as_uri(), lambda d: "K105" not in codes(d))


async def test_diagnostics_of_every_file(client: LanguageClient):
    plan = client.plan
    b = await wait_diagnostics(client, plan.uri_b, lambda d: "K305" in codes(d))
    a = await wait_diagnostics(client, plan.uri_a, lambda d: "K206" in codes(d))
    k305 = next(d for d in b if d.code == "K305")
    assert k305.source == "kaskade"
    assert k305.severity == types.DiagnosticSeverity.Error
    assert k305.range.start == plan.at(plan.uri_b, "LYS \"Lyngehus")
    assert k305.range.end.character - k305.range.start.character == 3
    assert k305.code_description.href.endswith("rules.md#k305")
    assert "follow-up" in k305.message
    assert all(d.severity in (1, 2, 3) for d in a + b)


async def test_cross_file_diagnostic_appears_and_goes_away(client: LanguageClient):
    plan = client.plan
    await wait_diagnostics(client, plan.uri_b, lambda d: "K305" in codes(d))
    original = plan.text[plan.uri_a]
    # Renaming D1 in the first file breaks `følger D1` in the second.
    plan.replace(plan.uri_a, original.replace("mål D1 ", "mål D9 "))
    b = await wait_diagnostics(client, plan.uri_b, lambda d: "K105" in codes(d))
    k105 = next(d for d in b if d.code == "K105")
    assert k105.range.start == plan.at(plan.uri_b, "følger D1", delta=len("følger "))
    plan.replace(plan.uri_a, original)
    await wait_diagnostics(client, plan.uri_b, lambda d: "K105" not in codes(d))


async def test_utf16_columns_after_danish_letters_and_an_emoji(client: LanguageClient):
    plan = client.plan
    await wait_diagnostics(client, plan.uri_b, lambda d: "K305" in codes(d))
    line = '    mål LYS2 "Æblegrød på 🚀 ø" følger UKENDT'
    text = plan.text[plan.uri_b].replace("    uddannelse PD-SPEC", line + "\n    uddannelse PD-SPEC")
    plan.replace(plan.uri_b, text)
    b = await wait_diagnostics(client, plan.uri_b, lambda d: "K105" in codes(d))
    k105 = next(d for d in b if d.code == "K105")
    expected = utf16_column(line, line.index("UKENDT"))
    assert expected == len(line[: line.index("UKENDT")]) + 1  # the emoji is two UTF-16 units
    assert k105.range.start.character == expected
    assert k105.range.end.character == expected + len("UKENDT")


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[kaskade(), "lsp"]))
async def utf8_client(lsp_client: LanguageClient):
    root = copy_plan(pathlib.Path(tempfile.mkdtemp(prefix="kaskade-lsp-")))
    result = await lsp_client.initialize_session(initialize_params(root, encodings=["utf-8", "utf-16"]))
    lsp_client.encoding = result.capabilities.position_encoding
    lsp_client.plan = Plan(lsp_client, root)
    lsp_client.plan.open_all()
    yield
    await lsp_client.shutdown_session()


async def test_utf8_columns_when_the_client_offers_them(utf8_client: LanguageClient):
    plan = utf8_client.plan
    assert utf8_client.encoding == "utf-8"
    b = await wait_diagnostics(utf8_client, plan.uri_b, lambda d: "K305" in codes(d))
    line = plan.text[plan.uri_b].split("\n")[4]
    k305 = next(d for d in b if d.code == "K305")
    assert k305.range.start.character == len(line[: line.index("LYS")].encode("utf-8"))


# MARK: - Completion


async def completion_labels(client, uri, position):
    result = await client.text_document_completion_async(types.CompletionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=position))
    items = result.items if hasattr(result, "items") else result
    return {item.label: item for item in items}


async def test_completion_of_goals_after_foelger(client: LanguageClient):
    plan = client.plan
    text = plan.text[plan.uri_b].replace("følger D1", "følger ")
    plan.replace(plan.uri_b, text)
    items = await completion_labels(client, plan.uri_b, plan.at(plan.uri_b, "følger ", delta=len("følger ")))
    assert {"D1", "BSU1", "BY1", "LYS1"} <= set(items)
    assert "LYS" not in items and "følger" not in items  # units and keywords do not stand here
    assert items["D1"].detail == "Ledere i skole og dagtilbud styrker inklusion"


async def test_completion_folds_case_and_accents(client: LanguageClient):
    plan = client.plan
    text = plan.text[plan.uri_b].replace('chef "Anne Madsen" udvalg BSU', 'chef "Anne Madsen" udvalg borne')
    plan.replace(plan.uri_b, text)
    items = await completion_labels(client, plan.uri_b, plan.at(plan.uri_b, "udvalg borne", delta=len("udvalg borne")))
    assert list(items) == ["BSU"]  # by its title, Børne-, Skole- og Kulturudvalget
    assert items["BSU"].text_edit.new_text == "BSU"


async def test_completion_of_statements_by_place(client: LanguageClient):
    plan = client.plan
    text = plan.text[plan.uri_b].replace("\n\n  virksomhed", "\n  \n  virksomhed")
    plan.replace(plan.uri_b, text)
    line = plan.text[plan.uri_b].split("\n").index("  ")
    items = await completion_labels(client, plan.uri_b, types.Position(line=line, character=2))
    assert {"virksomhed", "opfølgning", "mål", "drøftelse"} <= set(items)
    assert "byråd" not in items and "medarbejder" not in items
    # Typed in ASCII, a keyword is found by its ASCII spelling too.
    text = plan.text[plan.uri_b].replace("\n  \n", "\n  opfo\n")
    plan.replace(plan.uri_b, text)
    items = await completion_labels(client, plan.uri_b, types.Position(line=line, character=6))
    assert list(items) == ["opfølgning"]


async def test_completion_of_properties_and_values(client: LanguageClient):
    plan = client.plan
    text = plan.text[plan.uri_b].replace("    oplæg 2027-02-01 om PD-SPEC", "    oplæg 2027-02-01 om PD-SPEC st")
    plan.replace(plan.uri_b, text)
    items = await completion_labels(client, plan.uri_b, plan.at(plan.uri_b, "PD-SPEC st", delta=len("PD-SPEC st")))
    assert "status" in items
    text = plan.text[plan.uri_b].replace("PD-SPEC st", "PD-SPEC status ")
    plan.replace(plan.uri_b, text)
    items = await completion_labels(client, plan.uri_b, plan.at(plan.uri_b, "status ", nth=0, delta=len("status ")))
    assert {"planlagt", "afholdt", "aflyst"} == set(items)


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[kaskade(), "lsp"]))
async def danish_client(lsp_client: LanguageClient):
    root = copy_plan(pathlib.Path(tempfile.mkdtemp(prefix="kaskade-lsp-da-")))
    await lsp_client.initialize_session(initialize_params(root, locale="da-DK"))
    lsp_client.plan = Plan(lsp_client, root)
    lsp_client.plan.open_all()
    yield
    await lsp_client.shutdown_session()


ENGLISH = {"the", "has", "no", "with", "in", "follow-up", "add", "is", "not", "of", "and"}


async def test_the_clients_locale_chooses_danish(danish_client: LanguageClient):
    plan = danish_client.plan
    b = await wait_diagnostics(danish_client, plan.uri_b, lambda d: "K305" in codes(d))
    k305 = next(d for d in b if d.code == "K305")
    assert "opfølgning" in k305.message, k305.message
    prose = re.sub(r'`[^`]*`|"[^"]*"', "", k305.message)
    assert not ENGLISH & set(re.findall(r"[\w-]+", prose.lower())), k305.message
    hover = await danish_client.text_document_hover_async(types.HoverParams(
        text_document=plan.doc(plan.uri_b), position=plan.at(plan.uri_b, "følger", delta=2)))
    assert "nøgleord" in hover.contents.value and "keyword" not in hover.contents.value


# MARK: - Hover, definition, references


async def test_hover_on_an_id_a_keyword_and_a_finding(client: LanguageClient):
    plan = client.plan
    await wait_diagnostics(client, plan.uri_b, lambda d: "K305" in codes(d))
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=plan.doc(plan.uri_b), position=plan.at(plan.uri_b, "følger D1", delta=len("følger D"))))
    assert "D1" in hover.contents.value and "Ledere i skole" in hover.contents.value
    assert "direktion" in hover.contents.value and "followed by" in hover.contents.value
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=plan.doc(plan.uri_b), position=plan.at(plan.uri_b, "følger", delta=2)))
    assert "foelger" in hover.contents.value and "follows" in hover.contents.value
    hover = await client.text_document_hover_async(types.HoverParams(
        text_document=plan.doc(plan.uri_b), position=plan.at(plan.uri_b, "LYS \"Lyngehus", delta=1)))
    assert "K305" in hover.contents.value and "Mindst én gang årligt" in hover.contents.value


async def test_definition_across_files(client: LanguageClient):
    plan = client.plan
    locations = await client.text_document_definition_async(types.DefinitionParams(
        text_document=plan.doc(plan.uri_b), position=plan.at(plan.uri_b, "følger D1", delta=len("følger "))))
    assert len(locations) == 1
    assert locations[0].uri == plan.uri_a
    assert locations[0].range.start == plan.at(plan.uri_a, "mål D1", delta=len("mål "))


async def test_references_with_and_without_the_declaration(client: LanguageClient):
    plan = client.plan
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=plan.doc(plan.uri_a), position=plan.at(plan.uri_a, "BSU1", nth=0),
        context=types.ReferenceContext(include_declaration=True)))
    places = {(r.uri, r.range.start.line) for r in refs}
    assert len(refs) == 3  # defined in udvalg BSU, named in direktion's drøftelse and by D1
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=plan.doc(plan.uri_a), position=plan.at(plan.uri_a, "BSU1", nth=0),
        context=types.ReferenceContext(include_declaration=False)))
    assert len(refs) == 2
    assert all(r.range.start != plan.at(plan.uri_a, "BSU1", nth=0) for r in refs)
    refs = await client.text_document_references_async(types.ReferenceParams(
        text_document=plan.doc(plan.uri_a), position=plan.at(plan.uri_a, "BSU \""),
        context=types.ReferenceContext(include_declaration=True)))
    assert {r.uri for r in refs} == {plan.uri_a, plan.uri_b}


# MARK: - Rename


async def test_rename_edits_every_file(client: LanguageClient):
    plan = client.plan
    prepared = await client.text_document_prepare_rename_async(types.PrepareRenameParams(
        text_document=plan.doc(plan.uri_a), position=plan.at(plan.uri_a, "D1")))
    assert prepared.placeholder == "D1"
    edit = await client.text_document_rename_async(types.RenameParams(
        text_document=plan.doc(plan.uri_a), position=plan.at(plan.uri_a, "D1"), new_name="D7"))
    assert set(edit.changes) == {plan.uri_a, plan.uri_b}
    for uri, edits in edit.changes.items():
        plan.edit(uri, edits)
    assert "mål D7 " in plan.text[plan.uri_a] and "følger D7" in plan.text[plan.uri_b]
    assert not re.search(r"\bD1\b", plan.text[plan.uri_a] + plan.text[plan.uri_b])
    b = await wait_diagnostics(client, plan.uri_b, lambda d: "K305" in codes(d))
    assert "K105" not in codes(b)


async def test_rename_refusals(client: LanguageClient):
    plan = client.plan
    with pytest.raises(Exception, match="only the ID"):
        await client.text_document_prepare_rename_async(types.PrepareRenameParams(
            text_document=plan.doc(plan.uri_a), position=plan.at(plan.uri_a, "mål D1", delta=1)))
    with pytest.raises(Exception, match="only the ID"):
        await client.text_document_prepare_rename_async(types.PrepareRenameParams(
            text_document=plan.doc(plan.uri_a), position=plan.at(plan.uri_a, "Direktionen", delta=2)))
    for name, why in [("mål", "keyword"), ("BY1", "already"), ("1abc", "not an identifier"), ("a b", "not an identifier")]:
        with pytest.raises(Exception, match=why):
            await client.text_document_rename_async(types.RenameParams(
                text_document=plan.doc(plan.uri_a), position=plan.at(plan.uri_a, "D1"), new_name=name))


# MARK: - Symbols


async def test_document_symbols(client: LanguageClient):
    plan = client.plan
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=plan.doc(plan.uri_b)))
    assert [s.name for s in symbols] == ["CSD"]
    children = {c.name: c for c in symbols[0].children}
    assert {"CSD1", "LYS"} <= set(children)
    assert {"LYS1", "PD-SPEC", "M1042"} <= {c.name for c in children["LYS"].children}
    assert children["LYS"].kind == types.SymbolKind.Module


async def test_workspace_symbols_fold_accents(client: LanguageClient):
    plan = client.plan
    symbols = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="borne"))
    assert any(s.name.startswith("BSU ") for s in symbols)
    symbols = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="lyngehus"))
    assert [s.location.uri for s in symbols if s.name.startswith("LYS ")] == [plan.uri_b]


# MARK: - Formatting


async def test_formatting_is_the_formatters_layout(client: LanguageClient):
    plan = client.plan
    messy = plan.text[plan.uri_a].replace("  mål BY1", "      mål     BY1").replace('år 2027', 'år    2027')
    plan.replace(plan.uri_a, messy)
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=plan.doc(plan.uri_a), options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    assert edits
    formatted = apply_edits(messy, edits)
    plan.a.write_text(messy)
    expected = subprocess.run([kaskade(), "fmt", "--stdout", str(plan.a)], capture_output=True, text=True, check=True).stdout
    assert formatted == expected
    # A file that does not parse is not formatted.
    plan.replace(plan.uri_a, messy + '\nmål X "never closed\n')
    edits = await client.text_document_formatting_async(types.DocumentFormattingParams(
        text_document=plan.doc(plan.uri_a), options=types.FormattingOptions(tab_size=2, insert_spaces=True)))
    assert not edits


# MARK: - Code actions


async def test_quick_fix_makes_the_finding_go_away(client: LanguageClient):
    plan = client.plan
    b = await wait_diagnostics(client, plan.uri_b, lambda d: "K305" in codes(d))
    k305 = next(d for d in b if d.code == "K305")
    actions = await client.text_document_code_action_async(types.CodeActionParams(
        text_document=plan.doc(plan.uri_b), range=k305.range,
        context=types.CodeActionContext(diagnostics=[k305])))
    fixes = [a for a in actions if a.kind == types.CodeActionKind.QuickFix and "opfølgning" in a.title]
    assert len(fixes) == 1
    assert fixes[0].diagnostics[0].code == "K305"
    for uri, edits in fixes[0].edit.changes.items():
        plan.edit(uri, edits)
    # The rule's fix adds the follow-up as the område block's first line.
    assert "{\n  opfølgning 2027-09-01 med LYS om CSD1\n" in plan.text[plan.uri_b]
    b = await wait_diagnostics(client, plan.uri_b, lambda d: "K305" not in codes(d))
    assert "K408" in codes(b)  # the other finding stays


# MARK: - Semantic tokens


async def test_semantic_tokens(client: LanguageClient):
    plan = client.plan
    result = await client.text_document_semantic_tokens_full_async(types.SemanticTokensParams(text_document=plan.doc(plan.uri_a)))
    data = result.data
    assert data and len(data) % 5 == 0
    tokens, line, char = [], 0, 0
    for i in range(0, len(data), 5):
        dl, dc, length, kind, mods = data[i:i + 5]
        line += dl
        char = char + dc if dl == 0 else dc
        tokens.append((line, char, length, kind, mods))
    assert tokens[0] == (0, 0, 4, 0, 0)  # `plan`, a keyword
    text = plan.text[plan.uri_a].split("\n")
    by_text = {text[l][c:c + n]: (k, m) for l, c, n, k, m in tokens}
    assert by_text["BY1"] in {(1, 1), (1, 0)}
    assert by_text['"Testkommune"'] == (2, 0)
    assert by_text["2027"] == (3, 0)
    assert by_text["2026-11-20"] == (3, 2)
    # Definitions are marked `declaration`, references not.
    defs = [m for l, c, n, k, m in tokens if text[l][c:c + n] == "BSU1"]
    assert defs[0] == 1 and 0 in defs[1:]
