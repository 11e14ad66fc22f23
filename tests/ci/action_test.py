#!/usr/bin/env python3
"""Runs the composite GitHub Action (action.yml) the way the runner does, offline.

Each `run:` step is executed with bash, its `env:` and `if:` expressions evaluated against the inputs,
GITHUB_OUTPUT / GITHUB_PATH honoured between steps. The tool is installed from a local package
source (tools/pack-tool.sh); of the `uses:` steps, setup-dotnet is switched off by its
input and upload-sarif is not run but checked: it must receive an existing, valid SARIF file.

    python3 tests/ci/action_test.py [--source DIR_WITH_NUPKG]
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

import yaml

REPO = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
GOOD = open(os.path.join(REPO, "examples", "coffee.canvas"), encoding="utf-8").read()
VAGUE = ('segment commuters "Urban commuters who buy coffee on the way to work"\n\nprofile commuters {\n'
         '  functional job get_coffee "Buy a hot coffee before the 8:10 train" importance high\n'
         '  pain price "Too expensive"\n}\n')
BROKEN = 'segment s "x"\nprofile q {\n}\n'  # CV007: a profile of an unknown segment

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def evaluate(expression, context):
    """A GitHub expression limited to what action.yml uses: contexts, strings, ==, !=, &&, ||, !."""
    expression = expression.strip()
    if expression.startswith("${{") and expression.endswith("}}"):
        expression = expression[3:-2]
    out = []
    for token in re.findall(r"'(?:[^']|'')*'|==|!=|&&|\|\||!|\(|\)|[A-Za-z_][\w.-]*(?:\(\))?|\S", expression):
        if token.startswith("'"):
            out.append(repr(token[1:-1].replace("''", "'")))
        elif token in ("==", "!=", "(", ")"):
            out.append(token)
        elif token in ("&&", "||", "!"):
            out.append({"&&": " and ", "||": " or ", "!": " not "}[token])
        elif token in ("success()", "always()", "failure()"):
            out.append(repr({"success()": not context["failed"], "always()": True,
                             "failure()": context["failed"]}[token]))
        elif re.fullmatch(r"[A-Za-z_][\w.-]*", token):
            root, *parts = token.split(".")
            if root not in ("inputs", "steps", "runner", "github"):
                raise KeyError(f"unknown context '{token}' in expression '{expression}'")
            value = context[root]
            for part in parts:  # a missing property is null, as on GitHub (a skipped step has no outputs)
                value = value.get(part) if isinstance(value, dict) else None
            out.append(repr("" if value is None else value))
        else:
            raise ValueError(f"unsupported token '{token}' in expression '{expression}'")
    return eval("".join(out), {"__builtins__": {}})  # only literals and operators remain


def substitute(text, context):
    return re.sub(r"\$\{\{(.*?)\}\}", lambda m: str(evaluate(m.group(1), context)), str(text))


def read_outputs(path):
    """GITHUB_OUTPUT: `name=value` lines and `name<<DELIM` ... `DELIM` blocks."""
    outputs, lines = {}, open(path, encoding="utf-8").read().splitlines()
    i = 0
    while i < len(lines):
        line = lines[i]
        if "<<" in line and ("=" not in line or line.index("<<") < line.index("=")):
            name, delimiter = line.split("<<", 1)
            end = lines.index(delimiter, i + 1)
            outputs[name] = "\n".join(lines[i + 1:end])
            i = end
        elif "=" in line:
            name, value = line.split("=", 1)
            outputs[name] = value
        i += 1
    return outputs


def run_action(action, inputs, workspace, runner_temp, env_base):
    defaults = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()}
    unknown = set(inputs) - set(defaults)
    assert not unknown, f"inputs not declared in action.yml: {unknown}"
    context = {"inputs": {**defaults, **inputs}, "steps": {}, "failed": False,
               "runner": {"temp": runner_temp}, "github": {"workspace": workspace, "action_path": REPO}}
    result = {"steps": [], "uploaded": None, "log": ""}
    extra_path = []
    for index, step in enumerate(action["runs"]["steps"]):
        name = step.get("name", f"step {index}")
        condition = step.get("if", "success()")
        if not re.search(r"\b(always|failure|success)\(\)", str(condition)):
            condition = f"success() && ({condition})"
        if not evaluate(str(condition), context):
            result["steps"].append((name, "skipped"))
            continue
        if "uses" in step:
            with_ = {k: substitute(v, context) for k, v in step.get("with", {}).items()}
            if step["uses"].startswith("github/codeql-action/upload-sarif@"):
                result["uploaded"] = with_
                result["steps"].append((name, "checked"))
                continue
            raise AssertionError(f"step '{name}' uses {step['uses']}, which this offline test cannot run")
        output_file = os.path.join(runner_temp, f"output-{index}")
        path_file = os.path.join(runner_temp, f"path-{index}")
        open(output_file, "w").close()
        open(path_file, "w").close()
        env = dict(env_base)
        env.update({k: substitute(v, context) for k, v in step.get("env", {}).items()})
        env.update({"GITHUB_OUTPUT": output_file, "GITHUB_PATH": path_file, "RUNNER_TEMP": runner_temp,
                    "GITHUB_WORKSPACE": workspace, "GITHUB_ACTION_PATH": REPO,
                    "PATH": os.pathsep.join(extra_path + [env_base["PATH"]])})
        assert step.get("shell") == "bash", f"step '{name}' must say `shell: bash` (composite steps need a shell)"
        script = os.path.join(runner_temp, f"step-{index}.sh")
        with open(script, "w", encoding="utf-8") as f:
            f.write(step["run"])
        # The runner's command line for `shell: bash`.
        done = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", script], cwd=workspace,
                              env=env, capture_output=True, text=True, timeout=300)
        result["log"] += f"--- {name} (exit {done.returncode})\n{done.stdout}{done.stderr}"
        if "id" in step:
            context["steps"][step["id"]] = {"outputs": read_outputs(output_file)}
        extra_path = [p for p in open(path_file).read().splitlines() if p][::-1] + extra_path
        result["steps"].append((name, "failed" if done.returncode else "ran"))
        if done.returncode:
            context["failed"] = True
    result["failed"] = context["failed"]
    result["outputs"] = {k: substitute(v["value"], context) for k, v in action.get("outputs", {}).items()}
    return result


def valid_sarif(path):
    try:
        sarif = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError):
        return None
    ok = sarif.get("version") == "2.1.0" and len(sarif.get("runs", [])) == 1 and \
        sarif["runs"][0]["tool"]["driver"]["name"] == "canvaslang"
    return sarif if ok else None


def results_of(sarif):
    return sorted({r["ruleId"] for r in sarif["runs"][0]["results"]})


def pack(target):
    # The framework-dependent package alone (quick); .ci/run passes the packages with the native one.
    print(f"packing src/CanvasLang.Cli into {target} (tools/pack-tool.sh --no-native)")
    subprocess.run(["bash", os.path.join(REPO, "tools", "pack-tool.sh"), "--no-native", "-o", target], check=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--source", help="folder written by tools/pack-tool.sh (default: pack the framework-dependent tool now)")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="canvaslang-action-")
    try:
        source = args.source or os.path.join(scratch, "packages")
        if not args.source:
            pack(source)
        action = yaml.safe_load(open(os.path.join(REPO, "action.yml"), encoding="utf-8"))
        check(action["runs"]["using"] == "composite", "action.yml is a composite action")
        uses = [s["uses"].split("@")[0] for s in action["runs"]["steps"] if "uses" in s]
        check(uses == ["actions/setup-dotnet", "github/codeql-action/upload-sarif"],
              f"the only `uses:` steps are setup-dotnet and upload-sarif ({uses})")
        for name in ("paths", "fail-on", "max-warnings", "version", "source", "upload"):
            check(name in action["inputs"], f"input '{name}' is declared")

        workspace = os.path.join(scratch, "workspace")
        os.makedirs(os.path.join(workspace, "canvases"))
        for name, text in (("good", GOOD), ("vague", VAGUE), ("broken", BROKEN)):
            with open(os.path.join(workspace, "canvases", f"{name}.canvas"), "w", encoding="utf-8") as f:
                f.write(text)
        runner_temp = os.path.join(scratch, "runner-temp")
        os.makedirs(runner_temp)
        # A private package cache: a stale CanvasLang.Tool of the same version must not be picked up,
        # and nothing may be fetched (the source is the only one configured).
        env_base = {**os.environ, "NUGET_PACKAGES": os.path.join(scratch, "nuget-packages"),
                    "DOTNET_CLI_TELEMETRY_OPTOUT": "1", "DOTNET_NOLOGO": "1", "DOTNET_CLI_HOME": scratch}
        local = {"source": source, "setup-dotnet": "false"}

        def scenario(title, inputs, expect_failed, expect_rules, expect_upload=True):
            print(f"== {title}")
            result = run_action(action, {**local, **inputs}, workspace, runner_temp, env_base)
            print("   steps: " + ", ".join(f"{n}: {s}" for n, s in result["steps"]))
            check(result["failed"] == expect_failed, f"the job {'fails' if expect_failed else 'passes'}")
            sarif_path = os.path.join(workspace, result["outputs"]["sarif-file"])
            sarif = valid_sarif(sarif_path)
            check(sarif is not None, f"the SARIF report {result['outputs']['sarif-file']} exists and is SARIF 2.1.0")
            if expect_upload:
                uploaded = result["uploaded"] or {}
                target = os.path.join(workspace, uploaded.get("sarif_file", "/nonexistent"))
                check(os.path.isfile(target) and valid_sarif(target) is not None,
                      f"upload-sarif receives an existing, valid SARIF file ({uploaded.get('sarif_file')})")
                check(uploaded.get("category") == inputs.get("category", "canvaslang"), "upload-sarif gets the category")
            else:
                check(result["uploaded"] is None, "upload-sarif is skipped when upload is false")
            if sarif is not None:
                check(results_of(sarif) == expect_rules, f"the report holds {expect_rules} (got {results_of(sarif)})")
            if failures:
                print(result["log"])
            return result

        first = scenario("errors fail the job, after the upload", {"paths": "canvases/broken.canvas canvases/good.canvas"},
                         True, ["CV007", "CV107", "CV404"])
        check(os.path.isfile(os.path.join(runner_temp, "canvaslang-tool", "canvaslang")),
              "the tool is installed from the local source into the runner's temp folder")
        check(first["outputs"]["exit-code"] == "1", "output exit-code is 1")
        check("broken.canvas:2:9: error CV007" in first["log"], "the findings are printed in the log too")
        scenario("warnings pass by default; new-line separated paths; installing again works",
                 {"paths": "canvases/vague.canvas\ncanvases/good.canvas\n", "sarif-file": "out/lint.sarif",
                  "category": "canvases"}, False, ["CV101", "CV107", "CV304", "CV404"])
        scenario("fail-on: warning fails on a warning", {"paths": "canvases/vague.canvas", "fail-on": "warning"},
                 True, ["CV101", "CV107", "CV304"])
        scenario("fail-on: warning passes a canvas with infos only", {"paths": "canvases/good.canvas", "fail-on": "warning"},
                 False, ["CV404"])
        scenario("max-warnings: 3 fails on 4 warnings", {"paths": "canvases/vague.canvas", "max-warnings": "3"},
                 True, ["CV101", "CV107", "CV304"])
        scenario("fail-on: never reports errors without failing; a glob",
                 {"paths": "canvases/*.canvas", "fail-on": "never", "upload": "false"},
                 False, ["CV007", "CV101", "CV107", "CV304", "CV404"], expect_upload=False)
        os.makedirs(os.path.join(workspace, "empty"))
        bad = run_action(action, {**local, "paths": "empty"}, workspace, runner_temp, env_base)
        check(bad["failed"] and bad["uploaded"] is None and ("Lint canvases", "failed") in bad["steps"],
              "no canvas found (exit 2): the lint step fails and nothing is uploaded")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if failures:
        print(f"FAIL: {len(failures)} check(s) failed")
        return 1
    print("PASS: the GitHub Action installs the tool, lints, writes SARIF for upload and fails as configured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
