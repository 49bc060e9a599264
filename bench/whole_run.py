#!/usr/bin/env python3
"""Whole-run measurement of the extrait command (called by scripts/bench, which documents it).

Makes a JSONL corpus of real articles of the size asked, runs `extrait --input jsonl --format jsonl`
over it at each thread count under /usr/bin/time, times the start-up, optionally pipes a stream of
gigabytes made on the fly through it, and prints a table. Python's standard library only.
"""

import argparse
import glob
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

MB = 1_000_000


def read_sources(corpora_dir, samples):
    """The (id, date, text) of every article of corpora_dir/*.jsonl, else of the samples."""
    paths = sorted(glob.glob(os.path.join(corpora_dir, "*.jsonl"))) if corpora_dir else []
    if not paths:
        paths = [samples]
    records = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                obj = json.loads(line)
                text = obj.get("text")
                if isinstance(text, str) and text:
                    records.append((str(obj.get("id", len(records))), obj.get("date"), text))
    return paths, records


WORD = re.compile(r"([^\W\d_]{3,})")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def with_new_words(parts, round_, share):
    """A text split by WORD (its words at odd indices) with `share` of its words given a suffix of
    letters that this repetition and this place decide: words an archive has not seen before (names,
    typos, new coinages), which a corpus repeated lacks. Deterministic, so that runs compare."""
    out = list(parts)
    threshold = int(share * 1000)
    for i in range(1, len(out), 2):
        h = (round_ * 1_000_003 + i) * 2_654_435_761 % 4_294_967_291
        if h % 1000 < threshold:
            suffix = ""
            h //= 1000
            for _ in range(2 + h % 5):
                h, r = divmod(h, 26)
                suffix += LETTERS[r]
            out[i] += suffix
    return "".join(out)


def jsonl_lines(records, new_words=0.0):
    """The records as JSONL lines, repeated forever, each repetition with its own ids (and, with
    new_words, a share of its words made new: with_new_words)."""
    split = [WORD.split(text) for _, _, text in records] if new_words else None
    round_ = 0
    while True:
        for k, (rid, date, text) in enumerate(records):
            if new_words:
                text = with_new_words(split[k], round_, new_words)
            obj = {"id": f"{rid}#{round_}" if round_ else rid, "text": text}
            if date:
                obj["date"] = date
            yield (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")
        round_ += 1


def make_corpus(out_dir, size_mb, paths, records):
    """Writes (or reuses) out_dir/corpus-<size>MB.jsonl; returns its path, lines and bytes."""
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"corpus-{size_mb}MB.jsonl")
    stamp = json.dumps({"sources": [(p, os.path.getsize(p)) for p in paths], "size_mb": size_mb})
    stamp_path = path + ".stamp"
    if os.path.exists(path) and os.path.exists(stamp_path):
        with open(stamp_path, encoding="utf-8") as f:
            if f.read() == stamp:
                with open(path, "rb") as c:
                    lines = sum(1 for _ in c)
                return path, lines, os.path.getsize(path)
    target = size_mb * MB
    written = lines = 0
    with open(path, "wb") as f:
        for line in jsonl_lines(records):
            f.write(line)
            written += len(line)
            lines += 1
            if written >= target:
                break
    with open(stamp_path, "w", encoding="utf-8") as f:
        f.write(stamp)
    return path, lines, written


def timed(cmd, stdin, stdout=subprocess.DEVNULL):
    """Runs cmd under /usr/bin/time: (exit code, wall s, user s, sys s, max RSS KiB)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        proc = subprocess.run(["/usr/bin/time", "-o", t.name, "-f", "%e %U %S %M"] + cmd,
                              stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL)
        fields = t.read().split()[-4:]
    wall, user, sys_, rss = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
    return proc.returncode, wall, user, sys_, rss


def whole_corpus(extrait, corpus, lines, nbytes, threads, runs, out_dir):
    best = None
    for _ in range(runs):
        out_path = os.path.join(out_dir, f"out-threads{threads}.jsonl")
        with open(corpus, "rb") as stdin, open(out_path, "wb") as stdout:
            rc, wall, user, sys_, rss = timed(
                [extrait, "--input", "jsonl", "--format", "jsonl", "--threads", str(threads)], stdin, stdout)
        with open(out_path, "rb") as f:
            out_lines = sum(1 for _ in f)
        os.remove(out_path)
        if rc not in (0, 1):
            sys.exit(f"bench: extrait exited with {rc} at --threads {threads}")
        if out_lines != lines:
            sys.exit(f"bench: {out_lines} output lines for {lines} input lines at --threads {threads}")
        row = {"threads": threads, "wall": wall, "cpu": user + sys_, "rss_kib": rss, "exit": rc,
               "mb_s": nbytes / MB / wall, "mb_s_cpu": nbytes / MB / max(user + sys_, 1e-9)}
        if best is None or row["wall"] < best["wall"]:
            best = row
    return best


def median_startup(cmd, stdin_path, runs):
    """Median wall and CPU (user + sys) seconds of `runs` runs of cmd, and the best wall time."""
    walls, cpus = [], []
    for _ in range(runs):
        with open(stdin_path, "rb") as stdin:
            start = time.perf_counter()
            proc = subprocess.Popen(cmd, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(proc.pid, 0)
            walls.append(time.perf_counter() - start)
            cpus.append(usage.ru_utime + usage.ru_stime)
            proc.returncode = 0
    return statistics.median(walls), statistics.median(cpus), min(walls)


def stream(extrait, records, gigabytes, threads, new_words=0.0):
    """Pipes `gigabytes` of JSONL made on the fly through extrait: (wall s, RSS KiB, in/out lines)."""
    target = int(gigabytes * 1000 * MB)
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        proc = subprocess.Popen(["/usr/bin/time", "-o", t.name, "-f", "%e %U %S %M", extrait,
                                 "--input", "jsonl", "--format", "jsonl", "--threads", str(threads)],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        out_lines = [0]

        def count():
            for _ in proc.stdout:
                out_lines[0] += 1

        import threading
        counter = threading.Thread(target=count)
        counter.start()
        sent = lines = 0
        for line in jsonl_lines(records, new_words):
            proc.stdin.write(line)
            sent += len(line)
            lines += 1
            if sent >= target:
                break
        proc.stdin.close()
        counter.join()
        proc.wait()
        fields = t.read().split()[-4:]
    return {"wall": float(fields[0]), "cpu": float(fields[1]) + float(fields[2]), "rss_kib": int(fields[3]),
            "bytes": sent, "lines": lines, "out_lines": out_lines[0], "exit": proc.returncode}


def long_document(extrait, records, megabytes, out_dir):
    """One document of `megabytes` MB made of the articles end to end: (wall s, RSS KiB, exit, bytes).

    A newsroom's archive holds the odd huge file (a transcript, a book); the memory one document
    takes grows with its length, and this measures how fast.
    """
    target = int(megabytes * MB)
    parts, size = [], 0
    while size < target:
        for _, _, text in records:
            parts.append(text)
            size += len(text.encode("utf-8")) + 2
            if size >= target:
                break
    text = "\n\n".join(parts)
    path = os.path.join(out_dir, f"long-{megabytes:g}MB.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "long", "text": text}, ensure_ascii=False) + "\n")
    nbytes = len(text.encode("utf-8"))
    with open(path, "rb") as stdin:
        rc, wall, _, _, rss = timed([extrait, "--input", "jsonl", "--format", "jsonl", "--threads", "1",
                                     "--max-bytes", str(nbytes + MB)], stdin)
    os.remove(path)
    return wall, rss, rc, nbytes


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--extrait", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--corpora", default="")
    p.add_argument("--samples", required=True)
    p.add_argument("--size", type=int, default=40)
    p.add_argument("--threads", default="1,2")
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--startup-runs", type=int, default=30)
    p.add_argument("--stream", nargs="?", type=float, const=1.0, default=None)
    p.add_argument("--long", nargs="?", type=float, const=15.0, default=None)
    p.add_argument("--new-words", nargs="?", type=float, const=0.3, default=0.0)
    a = p.parse_args()

    extrait = os.path.abspath(a.extrait)
    paths, records = read_sources(a.corpora, a.samples)
    corpus, lines, nbytes = make_corpus(a.out, a.size, paths, records)
    text_bytes = sum(len(r[2].encode("utf-8")) for r in records)
    print(f"corpus: {corpus}: {lines} documents, {nbytes / MB:.1f} MB of JSONL")
    print(f"  from {', '.join(os.path.basename(p) for p in paths)}: {len(records)} articles, "
          f"{text_bytes / MB:.1f} MB of text, repeated")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before the runs")
    print()

    rows = [whole_corpus(extrait, corpus, lines, nbytes, int(n), a.runs, a.out) for n in a.threads.split(",")]
    print(f"{'threads':>7}  {'wall s':>7}  {'MB/s':>6}  {'CPU s':>7}  {'MB/s/core':>9}  {'peak RSS':>9}  scaling")
    base = rows[0]
    for r in rows:
        scaling = r["mb_s"] / base["mb_s"]
        print(f"{r['threads']:>7}  {r['wall']:>7.1f}  {r['mb_s']:>6.2f}  {r['cpu']:>7.1f}  {r['mb_s_cpu']:>9.2f}  "
              f"{r['rss_kib'] / 1024:>6.1f} MB  x{scaling:.2f}"
              + ("" if r["exit"] == 0 else f"  (exit {r['exit']}: some documents refused)"))
    print(f"  (targets: >= 20 MB/s per core, near-linear scaling; load average now {os.getloadavg()[0]:.2f})")
    print()

    print(f"start-up, median of {a.startup_runs} runs (target < 50 ms):")
    for label, cmd in (("extrait --version", [extrait, "--version"]),
                       ("empty JSONL input", [extrait, "--input", "jsonl", "--format", "jsonl"])):
        wall, cpu, best = median_startup(cmd, os.devnull, a.startup_runs)
        print(f"  {label:<22} {wall * 1000:7.1f} ms wall, {cpu * 1000:6.1f} ms CPU   (best wall {best * 1000:.1f} ms)")

    if a.long is not None:
        _, _, _, _, empty_rss = timed([extrait, "--input", "jsonl", "--format", "jsonl"], subprocess.DEVNULL)
        wall, rss, rc, nbytes = long_document(extrait, records, a.long, a.out)
        print()
        print(f"one document of {nbytes / MB:.1f} MB, --threads 1:")
        print(f"  wall {wall:.1f} s, peak RSS {rss / 1024:.1f} MB ({(rss - empty_rss) * 1024 / nbytes:.1f} bytes per "
              f"input byte above the {empty_rss / 1024:.1f} MB of an empty input), exit {rc}")

    if a.stream is not None:
        threads = int(a.threads.split(",")[-1])
        s = stream(extrait, records, a.stream, threads, a.new_words)
        print()
        new = f", {a.new_words:.0%} of its words new at each repetition" if a.new_words else ""
        print(f"stream of {s['bytes'] / MB:.0f} MB ({s['lines']} lines) made on the fly{new}, --threads {threads} "
              f"(target: peak RSS <= 100 MB):")
        print(f"  wall {s['wall']:.0f} s, {s['bytes'] / MB / s['wall']:.2f} MB/s, CPU {s['cpu']:.0f} s, "
              f"peak RSS {s['rss_kib'] / 1024:.1f} MB, {s['out_lines']} output lines, exit {s['exit']}")
        if s["out_lines"] != s["lines"]:
            sys.exit("bench: the stream did not give one output line per input line")


if __name__ == "__main__":
    main()
