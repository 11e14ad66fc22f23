#!/usr/bin/env python3
"""Checks .pre-commit-hooks.yaml against pre-commit's hook schema, then runs each hook the way
pre-commit does (entry split with shlex, then args, then the staged files its `files` regex selects)
in a temporary git repository holding good and bad canvases, with the tool installed from a local
package source. pre-commit itself is not needed.

    python3 tests/ci/precommit_test.py [--source DIR_WITH_NUPKG]
"""
import argparse
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

import yaml

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# pre-commit's manifest schema (pre_commit/clientlib.py, MANIFEST_HOOK_DICT, v4): field → (type, required).
# `system` and `script` are the names before 4.4, still accepted there as aliases.
HOOK_FIELDS = {
    "id": (str, True), "name": (str, True), "entry": (str, True), "language": (str, True),
    "alias": (str, False), "files": (str, False), "exclude": (str, False), "types": (list, False),
    "types_or": (list, False), "exclude_types": (list, False), "additional_dependencies": (list, False),
    "args": (list, False), "always_run": (bool, False), "fail_fast": (bool, False),
    "pass_filenames": (bool, False), "description": (str, False), "language_version": (str, False),
    "log_file": (str, False), "require_serial": (bool, False), "stages": (list, False),
    "verbose": (bool, False), "minimum_pre_commit_version": (str, False),
}
LANGUAGES = {"conda", "coursier", "dart", "docker", "docker_image", "dotnet", "fail", "golang", "haskell",
             "julia", "lua", "node", "perl", "pygrep", "python", "r", "ruby", "rust", "swift",
             "unsupported", "unsupported_script", "system", "script"}
STAGES = {"commit-msg", "post-checkout", "post-commit", "post-merge", "post-rewrite", "pre-commit",
          "pre-merge-commit", "pre-push", "pre-rebase", "prepare-commit-msg", "manual"}

GOOD = open(os.path.join(REPO, "examples", "coffee.canvas"), encoding="utf-8").read()
BROKEN = 'segment s "x"\nprofile q {\n}\n'  # CV007: a profile of an undeclared segment
UNFORMATTED = GOOD.replace("\n  ", "\n      ", 3)   # lints clean, laid out wrongly

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def validate(manifest):
    check(isinstance(manifest, list) and manifest, "the manifest is a non-empty list of hooks")
    ids = [hook.get("id") for hook in manifest]
    check(len(ids) == len(set(ids)), f"hook ids are unique ({ids})")
    for hook in manifest:
        where = f"hook {hook.get('id')!r}"
        for field, (kind, required) in HOOK_FIELDS.items():
            if field in hook:
                check(isinstance(hook[field], kind), f"{where}: {field} is a {kind.__name__}")
            elif required:
                check(False, f"{where}: required field {field} is present")
        unknown = set(hook) - set(HOOK_FIELDS)
        check(not unknown, f"{where}: no fields outside the schema ({sorted(unknown)})")
        check(hook.get("language") in LANGUAGES, f"{where}: language {hook.get('language')!r} is one pre-commit knows")
        for field in ("files", "exclude"):
            if field in hook:
                try:
                    re.compile(hook[field])
                    check(True, f"{where}: {field} is a valid regex")
                except re.error as e:
                    check(False, f"{where}: {field} is a valid regex ({e})")
        for field in ("args", "additional_dependencies", "types", "types_or", "exclude_types"):
            if field in hook:
                check(all(isinstance(v, str) for v in hook[field]), f"{where}: {field} holds strings")
        check(set(hook.get("stages", [])) <= STAGES, f"{where}: stages are pre-commit's")
        check(shlex.split(hook.get("entry", ""))[:1] == ["canvaslang"], f"{where}: entry runs canvaslang")


def selected(hook, files):
    """pre-commit's filter: `files` matches (re.search) and `exclude` does not; types default to [file]."""
    include, exclude = re.compile(hook.get("files", "")), re.compile(hook.get("exclude", "^$"))
    return [f for f in files if include.search(f) and not exclude.search(f)]


def run_hook(hook, repo, env):
    git = subprocess.run(["git", "ls-files"], cwd=repo, capture_output=True, text=True, check=True)
    files = selected(hook, git.stdout.split())
    command = shlex.split(hook["entry"]) + hook.get("args", []) + (files if hook.get("pass_filenames", True) else [])
    done = subprocess.run(command, cwd=repo, env=env, capture_output=True, text=True, timeout=120)
    return done.returncode, files, done.stdout + done.stderr


def git_repo(path, files, env):
    os.makedirs(path)
    subprocess.run(["git", "init", "-q"], cwd=path, check=True, env=env)
    for name, text in files.items():
        full = os.path.join(path, name)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)
    subprocess.run(["git", "add", "-A"], cwd=path, check=True, env=env)
    return path


def install(source, scratch, env):
    if source is None:
        source = os.path.join(scratch, "packages")
        # The framework-dependent package alone (quick); .ci/run passes the packages with the native one.
        subprocess.run(["bash", os.path.join(REPO, "tools", "pack-tool.sh"), "--no-native", "-o", source], check=True)
    config = os.path.join(scratch, "nuget.config")
    with open(config, "w") as f:  # the local source only: offline, and never a stale tool from nuget.org
        f.write('<?xml version="1.0"?><configuration><packageSources><clear /></packageSources></configuration>')
    tools = os.path.join(scratch, "tools")
    subprocess.run(["dotnet", "tool", "install", "CanvasLang.Tool", "--tool-path", tools, "--configfile", config,
                    "--add-source", source], check=True, env=env, capture_output=True)
    return tools


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", help="folder written by tools/pack-tool.sh (default: pack the framework-dependent tool now)")
    args = parser.parse_args()
    manifest = yaml.safe_load(open(os.path.join(REPO, ".pre-commit-hooks.yaml"), encoding="utf-8"))
    validate(manifest)
    hooks = {hook["id"]: hook for hook in manifest}
    check({"canvaslang-lint", "canvaslang-fmt"} <= set(hooks), "there are lint and fmt --check hooks")

    scratch = tempfile.mkdtemp(prefix="canvaslang-precommit-")
    try:
        env = {**os.environ, "NUGET_PACKAGES": os.path.join(scratch, "nuget-packages"), "DOTNET_CLI_HOME": scratch,
               "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_NOLOGO": "1", "GIT_CONFIG_GLOBAL": os.devnull}
        tools = install(args.source, scratch, env)
        env["PATH"] = tools + os.pathsep + env["PATH"]

        good = git_repo(os.path.join(scratch, "good"), {"canvases/coffee.canvas": GOOD, "notes.txt": "not a canvas"}, env)
        bad = git_repo(os.path.join(scratch, "bad"), {"coffee.canvas": GOOD, "broken.canvas": BROKEN,
                                                      "messy.canvas": UNFORMATTED, "README.md": "# canvases"}, env)

        code, files, log = run_hook(hooks["canvaslang-lint"], good, env)
        check(files == ["canvases/coffee.canvas"], f"lint is given the canvases only ({files})")
        check(code == 0, f"lint passes a good canvas (exit {code})")
        code, files, log = run_hook(hooks["canvaslang-lint"], bad, env)
        check(code == 1 and "broken.canvas:2:9: error CV007" in log, f"lint fails on an error (exit {code})")

        code, _, log = run_hook(hooks["canvaslang-fmt"], good, env)
        check(code == 0, f"fmt --check passes a formatted canvas (exit {code}) {log.strip()}")
        before = open(os.path.join(bad, "messy.canvas"), encoding="utf-8").read()
        code, _, log = run_hook(hooks["canvaslang-fmt"], bad, env)
        check(code == 1 and "messy.canvas" in log and "coffee.canvas" not in log,
              f"fmt --check fails on, and names, the unformatted canvas (exit {code})")
        check(open(os.path.join(bad, "messy.canvas"), encoding="utf-8").read() == before, "fmt --check changes nothing")

        if "canvaslang-fmt-write" in hooks:
            code, _, _ = run_hook(hooks["canvaslang-fmt-write"], bad, env)
            after = open(os.path.join(bad, "messy.canvas"), encoding="utf-8").read()
            check(after == GOOD, f"fmt --write restores the canonical layout (exit {code})")
            code, _, _ = run_hook(hooks["canvaslang-fmt"], bad, env)
            check(code == 0, f"after fmt --write, fmt --check passes (exit {code})")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if failures:
        print(f"FAIL: {len(failures)} check(s) failed")
        return 1
    print("PASS: the pre-commit hooks match pre-commit's schema and their commands pass good and fail bad canvases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
