#!/usr/bin/env python3
"""Installs the `canvaslang` .NET tool from a local package source the way users do, and runs it.

The packages are those of tools/pack-tool.sh: CanvasLang.Tool (the list of per-RID packages),
CanvasLang.Tool.<rid> (Native AOT) and CanvasLang.Tool.any (framework-dependent). Checked:
  1. the packages' metadata: package types, the RIDs listed, no symbols in the native package;
  2. `dotnet tool install --tool-path` on this machine takes the native package when one is listed for
     its RID: the command is the native executable, `--version`, `lint` and `lsp` (initialize, shutdown,
     exit) work, and the server process is that executable with no .NET runtime loaded and no child;
  3. the fallback: with a CanvasLang.Tool that lists no package for this machine's RID (the same
     package with its list edited, as for a platform nobody packed natively), the install takes
     CanvasLang.Tool.any, which runs on the .NET runtime and answers the same;
  4. a CanvasLang.Tool listing a package the source lacks fails to install with a message naming it
     (why tools/pack-tool.sh refuses to write such a list).
Each install uses a private NuGet cache and CLI home, and only the given source.

    python3 tests/ci/tool_install_test.py [--source DIR [--expect-native]]
    (default: run tools/pack-tool.sh into a temp folder, and expect the native package)
"""
import argparse
import glob
import json
import os
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
VAGUE = ('segment commuters "Urban commuters who buy coffee on the way to work"\n\nprofile commuters {\n'
         '  functional job get_coffee "Buy a hot coffee before the 8:10 train" importance high\n'
         '  pain price "Too expensive"\n}\n')
SETTINGS = re.compile(r"^tools/[^/]+/[^/]+/DotnetToolSettings\.xml$")

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def host_rid():
    info = subprocess.run(["dotnet", "--info"], capture_output=True, text=True, check=True).stdout
    return re.search(r"^\s*RID:\s*(\S+)", info, re.M).group(1)


def package(source, rid=None):
    """The CanvasLang.Tool[.rid] package in source: (path, version)."""
    name = "CanvasLang.Tool" + (f".{rid}" if rid else "")
    for path in sorted(glob.glob(os.path.join(source, f"{name}.*.nupkg"))):
        version = os.path.basename(path)[len(name) + 1:-len(".nupkg")]
        if re.fullmatch(r"\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?", version):
            return path, version
    return None, None


def read_package(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        nuspec = z.read(next(n for n in names if n.endswith(".nuspec"))).decode("utf-8-sig")
        settings = [z.read(n).decode("utf-8-sig") for n in names if SETTINGS.match(n)]
    return names, nuspec, settings


def listed_rids(settings_xml):
    return re.findall(r'<RuntimeIdentifierPackage RuntimeIdentifier="([^"]+)" Id="([^"]+)"', settings_xml)


def rewrite_pointer(pointer, target, rids):
    """A copy of the top-level package whose list holds only `rids` (what `dotnet pack` writes for
    ToolPackageRuntimeIdentifiers=rids)."""
    with zipfile.ZipFile(pointer) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if SETTINGS.match(item.filename):
                text = data.decode("utf-8-sig")
                entries = "".join(f'\n    <RuntimeIdentifierPackage RuntimeIdentifier="{r}" Id="CanvasLang.Tool.{r}" />'
                                  for r in rids)
                text = re.sub(r"<RuntimeIdentifierPackages>.*</RuntimeIdentifierPackages>",
                              f"<RuntimeIdentifierPackages>{entries}\n  </RuntimeIdentifierPackages>", text, flags=re.S)
                data = ("\ufeff" + text).encode("utf-8")
            dst.writestr(item, data)


class Installer:
    def __init__(self, scratch):
        self.scratch = scratch
        self.count = 0
        self.config = os.path.join(scratch, "nuget.config")
        with open(self.config, "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n<configuration><packageSources><clear /></packageSources></configuration>\n')

    def install(self, source):
        """dotnet tool install --tool-path into a fresh folder: (completed process, tool folder)."""
        self.count += 1
        home = os.path.join(self.scratch, f"home{self.count}")
        tools = os.path.join(self.scratch, f"tools{self.count}")
        os.makedirs(home)
        env = {**os.environ, "NUGET_PACKAGES": os.path.join(home, "nuget-packages"), "DOTNET_CLI_HOME": home,
               "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_NOLOGO": "1"}
        done = subprocess.run(["dotnet", "tool", "install", "CanvasLang.Tool", "--tool-path", tools,
                               "--configfile", self.config, "--add-source", source],
                              capture_output=True, text=True, env=env, timeout=300)
        return done, tools


def frame(message):
    body = json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream, buffer, deadline):
    while True:
        end = buffer.find(b"\r\n\r\n")
        if end >= 0:
            length = int(re.search(rb"Content-Length: (\d+)", buffer[:end], re.I).group(1))
            if len(buffer) >= end + 4 + length:
                message = json.loads(buffer[end + 4:end + 4 + length])
                del buffer[:end + 4 + length]
                return message
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([stream], [], [], remaining)[0]:
            raise TimeoutError("no message from the server in time")
        chunk = os.read(stream.fileno(), 65536)
        if not chunk:
            raise EOFError("the server closed its output")
        buffer.extend(chunk)


def children(pid):
    found = []
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = open(stat).read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(stat.split("/")[2])
    return found


def lsp_session(command):
    """initialize → (result, facts about the running process) → shutdown → exit; returns (result, facts, exit code)."""
    process = subprocess.Popen([command, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL)
    buffer = bytearray()
    try:
        started = time.monotonic()
        process.stdin.write(frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                                   "params": {"processId": os.getpid(), "rootUri": None, "capabilities": {}}}))
        process.stdin.flush()
        reply = read_message(process.stdout, buffer, time.monotonic() + 60)
        elapsed = (time.monotonic() - started) * 1000
        maps = open(f"/proc/{process.pid}/maps").read()
        facts = {"exe": os.path.realpath(f"/proc/{process.pid}/exe"), "coreclr": "libcoreclr.so" in maps,
                 "children": children(process.pid), "ms": elapsed}
        process.stdin.write(frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
        process.stdin.write(frame({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
        process.stdin.flush()
        while read_message(process.stdout, buffer, time.monotonic() + 30).get("id") != 2:
            pass
        process.stdin.write(frame({"jsonrpc": "2.0", "method": "exit"}))
        process.stdin.flush()
        return reply.get("result"), facts, process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def exercise(title, tools, expect_native, version, canvases):
    """Runs the installed command: --version, lint, lsp."""
    command = os.path.join(tools, "canvaslang")
    check(os.path.exists(command), f"{title}: {command} is installed")
    if not os.path.exists(command):
        return
    done = subprocess.run([command, "--version"], capture_output=True, text=True, timeout=60)
    check(done.returncode == 0 and done.stdout.strip().split("+")[0] == version,
          f"{title}: `canvaslang --version` prints {version} ({done.stdout.strip()!r}, exit {done.returncode})")
    done = subprocess.run([command, "lint", "--format", "json", canvases], capture_output=True, text=True, timeout=120)
    try:
        report = json.loads(done.stdout)
        codes = sorted({d["code"] for f in report["files"] for d in f["diagnostics"]})
    except (ValueError, KeyError):
        codes = None
    check(done.returncode == 0 and codes is not None and "CV101" in codes,
          f"{title}: `canvaslang lint` reads the canvases and finds CV101 (exit {done.returncode}, {codes})")
    result, facts, code = lsp_session(command)
    check(isinstance(result, dict) and "textDocumentSync" in result.get("capabilities", {}),
          f"{title}: `canvaslang lsp` answers initialize ({facts['ms']:.0f} ms from spawn)")
    check(code == 0, f"{title}: the server exits with 0 after shutdown and exit (got {code})")
    check(facts["children"] == [], f"{title}: the server starts no other process ({facts['children']})")
    if expect_native:
        check(os.path.basename(facts["exe"]) == "canvaslang" and not facts["coreclr"],
              f"{title}: the server process is the native executable, no .NET runtime loaded ({facts['exe']})")
    else:
        check(facts["coreclr"], f"{title}: the server runs on the .NET runtime (libcoreclr.so loaded)")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", help="folder written by tools/pack-tool.sh (default: run it now)")
    parser.add_argument("--expect-native", action="store_true",
                        help="fail unless CanvasLang.Tool lists a native package for this machine's RID")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="canvaslang-tool-")
    try:
        source = args.source
        if not source:
            source = os.path.join(scratch, "packages")
            subprocess.run(["bash", os.path.join(REPO, "tools", "pack-tool.sh"), "-o", source], check=True)
        source = os.path.abspath(source)
        rid = host_rid()
        canvases = os.path.join(scratch, "canvases")
        os.makedirs(canvases)
        shutil.copy(os.path.join(REPO, "examples", "coffee.canvas"), canvases)
        with open(os.path.join(canvases, "vague.canvas"), "w", encoding="utf-8") as f:
            f.write(VAGUE)

        print("== the packages")
        pointer, version = package(source)
        check(pointer is not None, f"CanvasLang.Tool is in {source}")
        if pointer is None:
            return 1
        _, nuspec, settings = read_package(pointer)
        check('<packageType name="DotnetTool"' in nuspec, "CanvasLang.Tool is of package type DotnetTool")
        rids = listed_rids(settings[0]) if len(settings) == 1 else []
        check(bool(rids) and all(i == f"CanvasLang.Tool.{r}" for r, i in rids),
              f"CanvasLang.Tool lists one CanvasLang.Tool.<rid> package per RID ({[r for r, _ in rids]})")
        check(("any", "CanvasLang.Tool.any") in rids, "the list ends in `any`, the framework-dependent fallback")
        for r, _ in rids:
            path, v = package(source, r)
            check(path is not None and v == version, f"CanvasLang.Tool.{r} {version} is in the source")
            if path is None:
                continue
            names, nuspec, settings = read_package(path)
            check('<packageType name="DotnetToolRidPackage"' in nuspec,
                  f"CanvasLang.Tool.{r} is of package type DotnetToolRidPackage (hidden from tool search)")
            runner = re.search(r'Runner="(\w+)"', settings[0]).group(1) if settings else None
            if r == "any":
                check(runner == "dotnet", f"CanvasLang.Tool.any runs canvaslang.dll with dotnet (Runner={runner})")
            else:
                check(runner == "executable", f"CanvasLang.Tool.{r} runs a native executable (Runner={runner})")
                check(not [n for n in names if n.endswith((".dbg", ".pdb", ".dll"))],
                      f"CanvasLang.Tool.{r} holds the executable alone (no symbols, no assemblies)")
        native = rid in [r for r, _ in rids]
        if args.expect_native or not args.source:
            check(native, f"CanvasLang.Tool lists a native package for this machine ({rid})")

        installer = Installer(scratch)
        print(f"== install on this machine ({rid}): {'native' if native else 'no native package listed, so `any`'}")
        done, tools = installer.install(source)
        check(done.returncode == 0, f"dotnet tool install --tool-path succeeds ({done.stdout.strip()} {done.stderr.strip()})")
        store = glob.glob(os.path.join(tools, ".store", "canvaslang.tool", version, "canvaslang.tool.*"))
        expected = f"canvaslang.tool.{rid.lower()}" if native else "canvaslang.tool.any"
        check([os.path.basename(s) for s in store] == [expected], f"the install took {expected} ({store})")
        if native:
            with open(os.path.join(tools, "canvaslang"), "rb") as f:
                check(f.read(4) == b"\x7fELF" and os.path.getsize(os.path.join(tools, "canvaslang")) > 10_000_000,
                      "the command is the native executable itself (ELF, the whole program)")
        exercise("installed", tools, native, version, canvases)

        print("== fallback: a CanvasLang.Tool that lists no native package for this machine")
        fallback = os.path.join(scratch, "fallback-source")
        os.makedirs(fallback)
        other = "osx-arm64" if rid != "osx-arm64" else "linux-x64"
        rewrite_pointer(pointer, os.path.join(fallback, os.path.basename(pointer)), [other, "any"])
        shutil.copy(package(source, "any")[0], fallback)
        done, tools = installer.install(fallback)
        check(done.returncode == 0, f"dotnet tool install succeeds with [{other}, any] listed ({done.stderr.strip()})")
        store = glob.glob(os.path.join(tools, ".store", "canvaslang.tool", version, "canvaslang.tool.*"))
        check([os.path.basename(s) for s in store] == ["canvaslang.tool.any"], f"the install took canvaslang.tool.any ({store})")
        exercise("fallback", tools, False, version, canvases)

        print("== a listed package missing from the source")
        broken = os.path.join(scratch, "broken-source")
        os.makedirs(broken)
        rewrite_pointer(pointer, os.path.join(broken, os.path.basename(pointer)), [rid, "any"])
        shutil.copy(package(source, "any")[0], broken)
        done, _ = installer.install(broken)
        message = done.stdout + done.stderr
        check(done.returncode != 0 and f"canvaslang.tool.{rid.lower()}" in message.lower(),
              f"dotnet tool install fails and names CanvasLang.Tool.{rid} ({message.strip()[:200]})")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if failures:
        print(f"FAIL: {len(failures)} check(s) failed")
        return 1
    print("PASS: the tool installs natively where a native package is listed, falls back to `any` elsewhere, and runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
