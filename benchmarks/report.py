#!/usr/bin/env python3
"""Writes a JMH JSON result file as tables into benchmarks/README.md, between the results markers."""
import json
import os
import platform
import subprocess
import sys
from datetime import date

START, END = "<!-- results:start -->", "<!-- results:end -->"


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return f"{os.cpu_count()} cores, {cpu}{mem}, {platform.system()} {platform.release()}, {java}"


def main(results, readme):
    rows = json.load(open(results))
    lines = [f"Measured {date.today()} on {machine()}; JMH {rows[0]['jmhVersion'] if rows else ''}.", "",
             "| benchmark | params | threads | mode | score | error | unit |", "|---|---|---|---|---|---|---|"]
    by_key = {}
    for r in rows:
        name = r["benchmark"].replace("dev.cvmatch.benchmarks.", "")
        params = ", ".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
        m = r["primaryMetric"]
        err = m.get("scoreError")
        err = "" if err is None or err != err else f"± {err:.3g}"
        lines.append(f"| {name} | {params} | {r['threads']} | {r['mode']} | {m['score']:.4g} | {err} | {m['scoreUnit']} |")
        by_key[(name, params)] = m["score"]
    ratios = []
    for (name, params), score in by_key.items():
        if name == "ExtractionBenchmark.cvmatchParse":
            tika = by_key.get(("ExtractionBenchmark.tikaPlainText", params))
            if tika:
                ratios.append(f"| {params} | {tika:.3g} ms | {score:.3g} ms | {score / tika:.2f}x |")
    if ratios:
        lines += ["", "Full structured parse relative to Tika's plain-text extraction, same files:", "",
                  "| input | Tika plain text | cvmatch parse | ratio |", "|---|---|---|---|"] + ratios
    text = open(readme).read()
    block = START + "\n" + "\n".join(lines) + "\n" + END
    if START in text and END in text:
        text = text[:text.index(START)] + block + text[text.index(END) + len(END):]
    else:
        text = text.rstrip() + "\n\n## Latest full run (written by run.sh)\n\n" + block + "\n"
    open(readme, "w").write(text)
    print(f"wrote {len(rows)} results to {readme}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
