#!/usr/bin/env python3
"""Times `alembic-lint check` on generated Alembic projects and, with --compare, the tools
users would otherwise pick, on the same project in the same run.

Run it through `bench/run`, which builds the release binaries first. Standard library only.
"""

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = 42
STAGE_LINE = re.compile(r"^\s+(\w+)\s+([\d.]+) ms")
GNU_TIME = Path("/usr/bin/time").is_file()

# The targets on a 2-core machine: (migrations, seconds of wall time).
WALL_TARGETS = {2000: 0.25, 20000: 2.5}

# Plain parsing of every file, the floor for any tool written in Python.
AST_PARSE = """
import ast, pathlib, sys
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.py")):
    ast.parse(path.read_bytes(), str(path))
"""


def main():
    args = parse_args()
    lint = Path(args.alembic_lint)
    synth = Path(args.synth)
    for tool in (lint, synth):
        if not tool.is_file():
            sys.exit(f"error: {tool} not found; build it with `cargo build --release`")

    print(machine())
    print()
    for migrations in args.migrations:
        project, size = generate(synth, migrations, Path(args.workdir))
        versions = project / "migrations" / "versions"
        print(f"## {migrations} migrations, {size / 1e6:.2f} MB of Python ({project})")
        print()
        lint_runs = measure([str(lint), "check", "--format", "json", "--timings", str(project)],
                            args.runs, ok_codes=(0, 1))
        report_alembic_lint(lint_runs, migrations, size)
        report_parse_floor(Path(args.parse_floor), versions)
        if args.compare:
            compare(args, lint_runs, project, versions)
        print()


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--migrations", type=int, nargs="+", default=[2000, 20000],
                        help="project sizes to generate and check (default: 2000 20000)")
    parser.add_argument("--runs", type=int, default=7,
                        help="timed runs per command, after one warm-up run (default: 7)")
    parser.add_argument("--compare", action="store_true",
                        help="also time zdm, alembic-guard and Python's ast.parse")
    parser.add_argument("--compare-runs", type=int, default=3,
                        help="timed runs of each other tool, after one warm-up (default: 3)")
    parser.add_argument("--venv", default=str(ROOT / "target" / "bench-venv"),
                        help="virtualenv holding zdm and alembic-guard (made by bench/run)")
    parser.add_argument("--workdir", default=str(ROOT / "target" / "bench"),
                        help="where generated projects are kept between runs")
    parser.add_argument("--alembic-lint", default=str(ROOT / "target/release/alembic-lint"))
    parser.add_argument("--synth", default=str(ROOT / "target/release/alembic-lint-synth"))
    parser.add_argument("--parse-floor",
                        default=str(ROOT / "target/release/examples/parse_floor"))
    return parser.parse_args()


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"machine: {cpu}, {os.cpu_count()} cores, {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}")


def generate(synth, migrations, workdir):
    """Generates the project once per size and seed; later runs reuse it."""
    project = workdir / f"synth-{migrations}-seed{SEED}"
    done = project / ".complete"
    if not done.is_file():
        project.mkdir(parents=True, exist_ok=True)
        subprocess.run([str(synth), "--migrations", str(migrations), "--seed", str(SEED),
                        str(project)], check=True, stdout=subprocess.DEVNULL)
        done.write_text("")
    size = sum(p.stat().st_size for p in (project / "migrations" / "versions").glob("*.py"))
    return project, size


class Run:
    def __init__(self, wall, peak_bytes, stderr):
        self.wall = wall
        self.peak_bytes = peak_bytes
        self.stderr = stderr


def run_once(command, ok_codes):
    """Wall time, peak memory and stderr of one run.

    Peak memory comes from GNU time, a small process: a child forked from Python would count
    Python's own memory in its peak (Linux carries the high-water mark across fork and exec).
    Without GNU time it is sampled from /proc every millisecond, which can miss a last spike.
    """
    with tempfile.NamedTemporaryFile("r") as peak_out:
        timed = ["/usr/bin/time", "-f", "%M", "-o", peak_out.name] + command if GNU_TIME \
            else command
        started = time.perf_counter()
        process = subprocess.Popen(timed, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        peak_kb = 0 if GNU_TIME else sample_peak(process.pid)
        stderr = process.stderr.read()
        process.wait()
        wall = time.perf_counter() - started
        reported = peak_out.read().strip()
    if GNU_TIME:
        # GNU time puts "Command exited with non-zero status N" before the figure.
        peak_kb = int(reported.split()[-1])
    if process.returncode not in ok_codes:
        sys.exit(f"error: {' '.join(command)} exited {process.returncode}:\n"
                 f"{stderr.decode(errors='replace')}")
    return Run(wall, peak_kb * 1024, stderr.decode(errors="replace"))


def sample_peak(pid):
    peak_kb = 0
    status = Path(f"/proc/{pid}/status")
    while True:
        try:
            text = status.read_text()
        except OSError:
            return peak_kb
        match = re.search(r"^VmHWM:\s+(\d+) kB", text, re.M)
        if match is None:  # exited, not yet reaped
            return peak_kb
        peak_kb = max(peak_kb, int(match.group(1)))
        time.sleep(0.001)


def measure(command, runs, ok_codes):
    run_once(command, ok_codes)  # warm the page cache
    return [run_once(command, ok_codes) for _ in range(runs)]


def median_run(runs):
    ordered = sorted(runs, key=lambda r: r.wall)
    return ordered[len(ordered) // 2]


def report_alembic_lint(runs, migrations, size):
    walls = [r.wall for r in runs]
    median = statistics.median(walls)
    peak = max(r.peak_bytes for r in runs)
    print(f"alembic-lint check: median {median * 1000:.0f} ms (min {min(walls) * 1000:.0f}, "
          f"max {max(walls) * 1000:.0f}) over {len(runs)} runs")
    print(f"  {migrations / median:,.0f} files/s, {size / 1e6 / median:.1f} MB/s, "
          f"peak memory {peak / 1e6:.1f} MB")
    target = WALL_TARGETS.get(migrations)
    if target is not None:
        verdict = "met" if median <= target else "MISSED"
        print(f"  target wall <= {target} s: {verdict}")
    memory_target = 2 * size + 20e6
    verdict = "met" if peak <= memory_target else "MISSED"
    print(f"  target peak memory <= 2 x source + 20 MB = {memory_target / 1e6:.1f} MB: {verdict}")
    print("  stages of the median run (per-file stages are CPU time summed over threads):")
    for line in median_run(runs).stderr.splitlines():
        match = STAGE_LINE.match(line)
        if match:
            print(f"    {match.group(1):<10}{float(match.group(2)):>9.1f} ms"
                  f"{' (cpu)' if '(cpu)' in line else ''}")


def report_parse_floor(parse_floor, versions):
    """The parser alone against the whole per-file check, on one core."""
    if not parse_floor.is_file():
        print(f"  (no {parse_floor}: build it with "
              "`cargo build --release -p alembic-lint-core --example parse_floor`)")
        return
    output = subprocess.run([str(parse_floor), str(versions)], check=True,
                            capture_output=True, text=True).stdout
    print("  the parser alone (examples/parse_floor.rs):")
    for line in output.splitlines():
        print(f"    {line.strip()}")


def compare(args, lint_runs, project, versions):
    venv_bin = Path(args.venv) / "bin"
    tools = [
        ("alembic-lint", None),
        ("zdm", [str(venv_bin / "zdm"), "--output-format", "json", str(versions)]),
        ("alembic-guard", [str(venv_bin / "alembic-guard"), "--format", "json", str(versions)]),
        ("python ast.parse", [str(venv_bin / "python"), "-c", AST_PARSE, str(versions)]),
    ]
    lint_median = statistics.median(r.wall for r in lint_runs)
    print()
    print("| tool | median wall | peak memory | time vs alembic-lint |")
    print("|---|---|---|---|")
    for name, command in tools:
        if command is None:
            runs = lint_runs
        elif not Path(command[0]).is_file():
            print(f"| {name} | not installed ({command[0]}) | | |")
            continue
        else:
            # Linters exit non-zero when they find something; only a crash is an error here.
            runs = measure(command, args.compare_runs, ok_codes=(0, 1))
        median = statistics.median(r.wall for r in runs)
        peak = max(r.peak_bytes for r in runs)
        print(f"| {name} | {median * 1000:,.0f} ms | {peak / 1e6:.1f} MB "
              f"| {median / lint_median:.1f}x |")


if __name__ == "__main__":
    main()
