"""`kaskade lsp` against hostile input, over raw frames: malformed JSON and headers, requests
before `initialize`, unknown methods, a file that is not UTF-8, a file deleted under the
server, a 45 MB document, and the exit codes of `exit`. A server that crashes, hangs or
writes anything but protocol to standard output fails these tests."""

import json
import pathlib
import queue
import subprocess
import tempfile
import threading
import time

from support import copy_plan, kaskade

TIMEOUT = 60


class RawClient:
    def __init__(self):
        self.process = subprocess.Popen([kaskade(), "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.messages = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self):
        out = self.process.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = out.read(1)
                if not byte:
                    self.messages.put(None)
                    return
                header += byte
            assert header.startswith(b"Content-Length: "), f"not a frame on standard output: {header!r}"
            length = int(header.split(b":")[1].strip())
            body = out.read(length)
            message = json.loads(body)
            assert message.get("jsonrpc") == "2.0", message
            self.messages.put(message)

    def raw(self, data: bytes):
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def send(self, message: dict):
        body = json.dumps(message).encode()
        self.raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def request(self, id, method, params=None):
        self.send({"jsonrpc": "2.0", "id": id, "method": method, "params": params or {}})
        return self.wait(lambda m: m.get("id") == id and "method" not in m)

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, "params": params or {}})

    def wait(self, predicate, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            assert remaining > 0, "no such message in time"
            message = self.messages.get(timeout=remaining)
            assert message is not None, f"the server exited (code {self.process.wait()})"
            if predicate(message):
                return message

    def initialize(self, root: pathlib.Path):
        result = self.request(1, "initialize", {"rootUri": root.as_uri(), "capabilities": {},
                                                "workspaceFolders": [{"uri": root.as_uri(), "name": "plan"}]})
        self.notify("initialized")
        return result

    def diagnostics(self, uri, predicate=lambda d: True):
        return self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                         and m["params"]["uri"] == uri and predicate(m["params"]["diagnostics"]))["params"]["diagnostics"]

    def finish(self):
        self.request(999, "shutdown")
        self.notify("exit")
        assert self.process.wait(timeout=TIMEOUT) == 0


def plan_root():
    return copy_plan(pathlib.Path(tempfile.mkdtemp(prefix="kaskade-lsp-")))


def test_malformed_frames_and_json_get_errors_and_the_server_reads_on():
    client = RawClient()
    client.raw(b"Content-Length: 9\r\n\r\n{not json")
    error = client.wait(lambda m: "error" in m)
    assert error["error"]["code"] == -32700 and error["id"] is None
    client.raw(b"X-Nonsense: 1\r\n\r\n")
    assert client.wait(lambda m: "error" in m)["error"]["code"] == -32700
    client.raw(b"Content-Length: 2\r\n\r\n[]")
    assert client.wait(lambda m: "error" in m)["error"]["code"] == -32600
    before = client.request(7, "textDocument/hover", {"textDocument": {"uri": "file:///x.kaskade"}, "position": {"line": 0, "character": 0}})
    assert before["error"]["code"] == -32002
    client.initialize(plan_root())
    assert client.request(8, "no/such/method")["error"]["code"] == -32601
    bad = client.request(9, "textDocument/hover", {"textDocument": 12})
    assert bad["error"]["code"] == -32602
    client.finish()


def test_exit_without_shutdown_is_code_1():
    client = RawClient()
    client.initialize(plan_root())
    client.notify("exit")
    assert client.process.wait(timeout=TIMEOUT) == 1


def test_invalid_utf8_and_a_deleted_file():
    root = plan_root()
    bad = root / "20-bad.kaskade"
    bad.write_bytes(b'plan "x" \xff\xfe\n')
    client = RawClient()
    client.initialize(root)
    a = (root / "00-kommune.kaskade")
    client.notify("textDocument/didOpen", {"textDocument": {"uri": a.as_uri(), "languageId": "kaskade", "version": 1, "text": a.read_text()}})
    found = client.diagnostics(bad.as_uri(), lambda d: len(d) > 0)
    assert "K001" in {d["code"] for d in found}
    # The bad file and the second file go away on disk.
    bad.unlink()
    (root / "10-skole.kaskade").unlink()
    client.notify("workspace/didChangeWatchedFiles", {"changes": [{"uri": bad.as_uri(), "type": 3},
                                                                 {"uri": (root / "10-skole.kaskade").as_uri(), "type": 3}]})
    assert client.diagnostics(bad.as_uri()) == []
    # D1's references now live in no file; definition still answers.
    answer = client.request(2, "textDocument/definition", {"textDocument": {"uri": a.as_uri()}, "position": {"line": 12, "character": 7}})
    assert answer["result"][0]["uri"] == a.as_uri()
    client.finish()


def test_a_45_megabyte_document():
    root = plan_root()
    big = root / "30-big.kaskade"
    lines = ['område BIG "Stor" chef "A" udvalg BSU {', '  mål BIG1 "Stort mål" følger D1']
    unit = 0
    while sum(len(l) + 1 for l in lines) < 45_000_000:
        unit += 1
        lines.append(f'  virksomhed V{unit} "Virksomhed {unit}" leder "Leder" {{')
        lines += [f'    medarbejder M{unit}-{i} "Medarbejder æøå {i}" samtale 2027-03-20' for i in range(200)]
        lines.append("  }")
    lines.append("}")
    text = "\n".join(lines) + "\n"
    client = RawClient()
    client.initialize(root)
    client.notify("textDocument/didOpen", {"textDocument": {"uri": big.as_uri(), "languageId": "kaskade", "version": 1, "text": text}})
    hover = client.request(3, "textDocument/hover", {"textDocument": {"uri": big.as_uri()}, "position": {"line": 1, "character": 7}})
    assert "BIG1" in hover["result"]["contents"]["value"]
    symbols = client.request(4, "textDocument/documentSymbol", {"textDocument": {"uri": big.as_uri()}})
    assert symbols["result"][0]["name"] == "BIG"
    client.finish()
