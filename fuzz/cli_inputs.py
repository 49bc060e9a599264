#!/usr/bin/env python3
"""Hostile inputs through the extrait command: each must finish in bounded time and memory, exit
0 or 1, and print exactly one output line per input line (--input jsonl --format jsonl).

    python3 fuzz/cli_inputs.py build/cli/extrait [--timeout S] [--max-rss-mb MB] [--only TEXT] [--skip TEXT]
                               [--quick]

The inputs are made here, in memory, and piped in: invalid UTF-8, NUL bytes, a 50 MB line, only
digits, 10^5 repetitions of "milliards de ", malformed and deeply nested JSON, random bytes. Prints
one line per case (time, peak RSS, lines) and exits 1 if any case broke a rule. --quick makes the
big inputs smaller (for sanitizer builds, which run several times slower).
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time


def line(obj):
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def cases(quick):
    big = 5 if quick else 50  # MB of the long line
    reps = 10_000 if quick else 100_000
    rnd = random.Random(7)  # the same bytes every run
    article = ("Le groupe lyonnais a levé 12,5 millions d'euros auprès de ses actionnaires, "
               "a annoncé mardi son PDG, M. Jean Dupont. Son chiffre d'affaires a progressé de 4 %. ")
    yield "invalid UTF-8 in a line", [], (
        b'{"id":"u1","text":"caf\xc3 \xff\xfe 10 \xe2\x82 euros"}\n'
        b'{"id":"u2","text":"surrogate \xed\xa0\x80 ok"}\n'
        b'{"id":"u3","text":"escaped lone surrogate \\ud800 here"}\n'
        b'\xff\xfe\xfd\n')
    yield "NUL bytes", [], (
        line({"id": "n1", "text": "10 millions\u0000 d'euros"})
        + b'{"id":"n2","text":"raw \x00 NUL"}\n'
        + b"\x00\x00\x00\n")
    yield f"a {big} MB line (default --max-bytes)", [], (
        line({"id": "before", "text": article})
        + line({"id": "long", "text": article * (big * 1_000_000 // len(article))})
        + line({"id": "after", "text": article}))
    yield f"a {big} MB line of text, --max-bytes 64M", ["--max-bytes", str(64 << 20)], (
        line({"id": "long", "text": article * (big * 1_000_000 // len(article))}))
    yield "only digits (1 MB)", [], line({"id": "d", "text": "0123456789" * 100_000})
    yield "digits with separators (1 MB)", [], line({"id": "d2", "text": "1 234,5 " * 125_000})
    yield f"{reps} x 'milliards de '", [], line({"id": "m", "text": "milliards de " * reps})
    yield f"{reps} x 'un milliard de '", [], line({"id": "m2", "text": "un milliard de " * reps})
    # One document where the same kind of thing comes back again and again: the cost must stay
    # linear in its length (fuzz/regressions/README.md has the cases that were not).
    dense = 250_000 if quick else 1_000_000
    for label, unit in (("names", "Jean Dupont et Marie Durand. "),
                        ("dates in one sentence", "le 3 mars 2024, mardi dernier, l'an prochain, "),
                        ("percentages in one sentence", "4,5 %, 12 pour cent, "),
                        ("amounts in one sentence", "10 millions d'euros, 3 milliards de dollars, ")):
        yield f"{dense // 1000} KB of {label}", [], line({"id": label, "text": unit * (dense // len(unit))})
    yield "malformed JSON", [], b"\n".join([
        b'{"id":"x","text":"unterminated', b'{"id":"y","text":}', b'{', b'}', b'[]', b'"text"', b'null',
        b'{"id":"z","text":"ok"} trailing', b'{"text": 12}', b'{"id": {"a": 1}, "text": "x"}',
        b'{"id":"w","text":"a"}{"id":"v","text":"b"}', b'   ', b'']) + b"\n"
    yield "deeply nested JSON (10^6 brackets)", [], (
        b"[" * 1_000_000 + b"\n" + b'{"id":"o","text":"x","m":' + b'{"a":' * 100_000 + b"\n"
        + b'{"a":' * 50 + b"1" + b"}" * 50 + b"\n")
    random_bytes = bytes(rnd.getrandbits(8) for _ in range(1_000_000 if not quick else 200_000))
    yield "random bytes", [], random_bytes
    yield "random bytes in JSON strings", [], b"".join(
        b'{"id":"r%d","text":"' % i + bytes(rnd.choice(b"abc \\\"\x00\xc3\xa9\xff\x7f\xe2\x82\xac0123456789,%")
                                           for _ in range(rnd.randrange(1, 3000))) + b'"}\n'
        for i in range(200))
    yield "random French words", [], b"".join(
        line({"id": f"w{i}", "text": " ".join(rnd.choice(
            ["milliards", "de", "euros", "millions", "%", "le", "1er", "mars", "2024", "M.", "Dupont", "SA",
             "groupe", "a", "levé", "vingt", "et", "un", "cent", ",", ".", "\n", "«", "»", "'", "-", "hier",
             "quatre-vingt-dix", "Md€", "10", "000", "0,5", "point", "pour", "cent", "Banque", "de", "France"])
            for _ in range(rnd.randrange(1, 2000)))}) for i in range(200))
    yield "CR, CRLF and a last line without newline", [], b'{"id":"a","text":"x"}\r\n\r\n{"id":"b","text":"y"}'


def expected_lines(data):
    if not data:
        return 0
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("extrait")
    p.add_argument("--timeout", type=float, default=120, help="seconds one case may take")
    p.add_argument("--max-rss-mb", type=float, default=1024)
    p.add_argument("--only", default="", help="run only the cases whose name holds this")
    p.add_argument("--skip", default="", help="skip the cases whose name holds this")
    p.add_argument("--quick", action="store_true")
    a = p.parse_args()
    failures = 0
    for name, extra, data in cases(a.quick):
        if (a.only and a.only not in name) or (a.skip and a.skip in name):
            continue
        want = expected_lines(data)
        with tempfile.TemporaryFile() as stdin, tempfile.TemporaryFile() as stdout:
            stdin.write(data)
            stdin.seek(0)
            start = time.perf_counter()
            # Through /usr/bin/time: a child of this (large) Python would inherit its peak RSS.
            timing = tempfile.NamedTemporaryFile("r", suffix=".time")
            proc = subprocess.Popen(["/usr/bin/time", "-o", timing.name, "-f", "%M", a.extrait, "--input", "jsonl",
                                     "--format", "jsonl", "--date", "2024-01-15", *extra],
                                    stdin=stdin, stdout=stdout, stderr=subprocess.DEVNULL,
                                    start_new_session=True)
            timed_out = False
            deadline = start + a.timeout
            while True:
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    os.killpg(proc.pid, 9)
                    pid, status, usage = os.wait4(proc.pid, 0)
                    timed_out = True
                    break
                time.sleep(0.02)
            wall = time.perf_counter() - start
            proc.returncode = os.waitstatus_to_exitcode(status)
            stdout.seek(0)
            out = stdout.read()
        got = out.count(b"\n")
        try:
            rss = int(timing.read().split()[-1]) / 1024
        except (ValueError, IndexError):
            rss = 0.0  # killed: time wrote nothing
        timing.close()
        valid = True
        for l in out.splitlines():
            try:
                obj = json.loads(l)
                valid = valid and isinstance(obj, dict) and "id" in obj
            except ValueError:
                valid = False
        problems = []
        if timed_out:
            problems.append(f"killed after {a.timeout:.0f} s")
        elif proc.returncode not in (0, 1):
            problems.append(f"exit {proc.returncode}")
        if not timed_out and got != want:
            problems.append(f"{got} output lines for {want} input lines")
        if not valid:
            problems.append("an output line is not a JSON object with an id")
        if rss > a.max_rss_mb:
            problems.append(f"peak RSS {rss:.0f} MB over {a.max_rss_mb:.0f} MB")
        failures += bool(problems)
        print(f"{'FAIL' if problems else 'ok  '}  {name:<44} {len(data) / 1e6:7.2f} MB in  {wall:7.2f} s  "
              f"{rss:7.1f} MB RSS  {got}/{want} lines  exit {proc.returncode}"
              + (f"  <- {'; '.join(problems)}" if problems else ""), flush=True)
    print(f"{failures} failed" if failures else "all inputs handled")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
