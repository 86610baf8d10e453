"""A small Chrome DevTools Protocol client over `--remote-debugging-pipe` (standard library
only): headless Chromium reads commands on file descriptor 3 and writes answers on 4, each
a JSON object ended by a NUL byte. Enough to load a page, read its DOM after it has run,
watch what it fetches, take a screenshot of the whole page and print it to PDF.
"""
import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Browser:
    def __init__(self, executable):
        self.profile = tempfile.mkdtemp(prefix="kaskade-chromium-")
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()

        # Move our ends above 4 first, so that placing the child's ends at 3 and 4 cannot
        # overwrite one of them.
        def high(fd):
            moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 10)
            os.close(fd)
            return moved

        to_chrome_r, to_chrome_w = high(to_chrome_r), high(to_chrome_w)
        from_chrome_r, from_chrome_w = high(from_chrome_r), high(from_chrome_w)

        def wire():
            # In the child: its fd 3 reads our commands, its fd 4 writes its answers.
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.process = subprocess.Popen(
            [executable, "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run", "--no-default-browser-check",
             "--disable-extensions", "--disable-background-networking", "--hide-scrollbars", "--mute-audio",
             "--user-data-dir=" + self.profile, "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4), preexec_fn=wire,
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.writer = os.fdopen(to_chrome_w, "wb", buffering=0)
        self.reader = os.fdopen(from_chrome_r, "rb", buffering=0)
        self.buffer = b""
        self.next_id = 0
        self.events = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]

    def _read(self):
        while b"\0" not in self.buffer:
            chunk = self.reader.read(1 << 16)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, session=None, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.writer.write(json.dumps(message).encode() + b"\0")
        while True:
            answer = self._read()
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer.get("result", {})
            if "method" in answer:
                self.events.append(answer)

    def page(self, method, **params):
        return self.call(method, session=self.session, **params)

    def wait_for(self, event):
        for index, seen in enumerate(self.events):
            if seen.get("method") == event:
                del self.events[: index + 1]
                return seen
        while True:
            answer = self._read()
            if answer.get("method") == event:
                return answer
            self.events.append(answer)

    def load(self, url, width=1400, height=1000, scripts=True):
        """Loads a page and waits until it has loaded; returns every request it made."""
        self.events = []
        self.page("Page.enable")
        self.page("Network.enable")
        self.page("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        self.page("Emulation.setScriptExecutionDisabled", value=not scripts)
        self.page("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")
        return [event["params"]["request"]["url"] for event in self.events if event.get("method") == "Network.requestWillBeSent"]

    def evaluate(self, expression):
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def screenshot(self, path, width=1400):
        """The whole page at `width` CSS pixels, as PNG."""
        height = int(self.evaluate("Math.ceil(document.documentElement.scrollHeight)"))
        # Chromium refuses textures past 16,384 px: a longer page is shot from its top.
        height = min(height, 16_000)
        self.page("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1, mobile=False)
        data = self.page("Page.captureScreenshot", format="png", captureBeyondViewport=True)["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))
        return height

    def clip(self, path, y, height, width=1400):
        """One stretch of the page, for looking at a part of it."""
        data = self.page("Page.captureScreenshot", format="png", captureBeyondViewport=True,
                         clip={"x": 0, "y": y, "width": width, "height": height, "scale": 1})["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def pdf(self, path):
        """Printed on A4 with the page's print stylesheet."""
        data = self.page("Page.printToPDF", paperWidth=8.27, paperHeight=11.69, printBackground=True,
                         preferCSSPageSize=True)["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))

    def close(self):
        try:
            self.call("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)
