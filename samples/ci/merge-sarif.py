#!/usr/bin/env python3
"""Merges the SARIF logs a build leaves in each project folder into one log with one run per tool.

`dotnet build -p:ErrorLog=safemigrations.sarif%2Cversion=2.1` writes one log per project; GitHub code scanning
does not accept several runs of the same tool and category in one upload, so the runs are merged: results are
concatenated, rules de-duplicated by id (results keep their ruleId; per-log ruleIndex values are dropped).

usage: merge-sarif.py OUTPUT [ROOT] [LOG_NAME]   (defaults: ROOT ".", LOG_NAME "safemigrations.sarif")
"""
import json
import pathlib
import sys


def merge(root: pathlib.Path, log_name: str) -> dict:
    runs: dict = {}
    for path in sorted(root.rglob(log_name)):
        log = json.loads(path.read_text(encoding="utf-8-sig"))
        for run in log.get("runs", []):
            driver = run["tool"]["driver"]
            merged = runs.setdefault(driver.get("name"), {
                "tool": {"driver": {**driver, "rules": []}},
                "results": [],
                "columnKind": run.get("columnKind", "utf16CodeUnits"),
            })
            rules = merged["tool"]["driver"]["rules"]
            known = {rule["id"] for rule in rules}
            rules.extend(rule for rule in driver.get("rules", []) if rule["id"] not in known)
            for result in run.get("results", []):
                result.pop("ruleIndex", None)
                merged["results"].append(result)
    return {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": list(runs.values())}


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    output = pathlib.Path(sys.argv[1])
    log = merge(pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "."), sys.argv[3] if len(sys.argv) > 3 else "safemigrations.sarif")
    output.write_text(json.dumps(log, indent=1), encoding="utf-8")
    print(f"{output}: {sum(len(run['results']) for run in log['runs'])} results in {len(log['runs'])} run(s)")
