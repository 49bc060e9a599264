#!/usr/bin/env python3
"""The extrait command from the outside: inputs, formats, errors and exit codes.

    test_cli.py EXTRAIT_BINARY

Each test runs the command on inputs it writes to a temporary directory and checks what a user
or a pipeline sees: the report, stderr, the exit code (see cli/exit_codes.hpp and the README).
"""
import json
import os
import signal
import subprocess
import sys
import tempfile
import unittest

EXTRAIT = None
SENTENCE = "Le groupe a levé 10 millions d'euros en mars.\n"


def run(args, stdin=b""):
    proc = subprocess.run([EXTRAIT] + args, input=stdin, capture_output=True, timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


class Cli(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def file(self, name, data):
        path = os.path.join(self.dir.name, name)
        with open(path, "wb") as f:
            f.write(data)
        return path

    def money(self, report):
        return [(e["text"], e["value"], e["currency"]) for e in report["entities"] if e["type"] == "money"]

    def test_json_report_of_a_file(self):
        path = self.file("a.txt", SENTENCE.encode())
        code, out, _ = run(["--format", "json", "--date", "2025-11-28", path])
        self.assertEqual(code, 0)
        report = json.loads(out)
        self.assertEqual(report["id"], path)
        self.assertEqual(report["reference_date"], "2025-11-28")
        self.assertEqual(self.money(report), [("10 millions d'euros", 10000000, "EUR")])
        for key in ("entities", "facts", "summary", "sentences"):
            self.assertIn(key, report)

    def test_stdin_and_dash(self):
        for args in ([], ["-"]):
            code, out, _ = run(["--format", "json"] + args, SENTENCE.encode())
            self.assertEqual(code, 0)
            self.assertEqual(json.loads(out)["id"], "stdin")

    def test_several_files_in_order(self):
        a = self.file("a.txt", b"Un contrat de 5 millions d'euros.")
        b = self.file("b.txt", b"Un contrat de 7 millions de dollars.")
        code, out, _ = run(["--format", "jsonl", a, b])
        self.assertEqual(code, 0)
        reports = [json.loads(line) for line in out.splitlines()]
        self.assertEqual([r["id"] for r in reports], [a, b])
        self.assertEqual(self.money(reports[1]), [("7 millions de dollars", 7000000, "USD")])

    def test_offsets_are_code_points_of_the_input_with_bom_and_crlf(self):
        text = "\ufeffTitre\r\n\r\nL\u2019État a versé 1\u202f200\u00a0000 €.\r\n"
        path = self.file("bom.txt", text.encode("utf-8"))
        code, out, _ = run(["--format", "json", path])
        self.assertEqual(code, 0)
        raw = text.encode("utf-8")
        for e in json.loads(out)["entities"]:
            self.assertEqual(text[e["start"]:e["end"]], e["text"])
            self.assertEqual(raw[e["byte_start"]:e["byte_end"]].decode("utf-8"), e["text"])
        self.assertIn(("1\u202f200\u00a0000 €", 1200000, "EUR"), self.money(json.loads(out)))

    def test_invalid_utf8_names_file_and_byte_and_writes_nothing_for_it(self):
        bad = self.file("bad.txt", b"Un contrat de 5 millions d'euros \xff\xfe fin.")
        good = self.file("good.txt", SENTENCE.encode())
        code, out, err = run(["--format", "jsonl", bad, good])
        self.assertEqual(code, 1)
        self.assertIn("bad.txt", err)
        self.assertIn("byte 33", err)
        lines = out.splitlines()
        self.assertEqual(len(lines), 2)
        self.assertEqual(json.loads(lines[0]), {"id": bad, "error": "invalid UTF-8 at byte 33"})
        self.assertEqual(json.loads(lines[1])["id"], good)

    def test_binary_file_is_refused(self):
        path = self.file("bin.dat", bytes(range(256)) * 4)
        code, out, err = run(["--format", "json", path])
        self.assertEqual(code, 1)
        self.assertIn("bin.dat", err)
        self.assertEqual(out, "")

    def test_empty_file_gives_an_empty_report(self):
        path = self.file("empty.txt", b"")
        code, out, _ = run(["--format", "json", path])
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["entities"], [])

    def test_missing_file(self):
        code, _, err = run([os.path.join(self.dir.name, "absent.txt")])
        self.assertEqual(code, 3)
        self.assertIn("absent.txt", err)

    def test_unknown_option_and_bad_values(self):
        for args in (["--frobnicate"], ["--format", "xml"], ["--types", "money,colour"],
                     ["--date", "2025-02-30"], ["--date", "hier"], ["--input", "csv"]):
            code, out, err = run(args, SENTENCE.encode())
            self.assertEqual(code, 2, args)
            self.assertEqual(out, "", args)
            self.assertTrue(err.startswith("extrait: "), (args, err))

    def test_help_version_types(self):
        code, out, _ = run(["--help"])
        self.assertEqual(code, 0)
        self.assertIn("--input", out)
        code, out, _ = run(["--version"])
        self.assertEqual(code, 0)
        self.assertRegex(out, r"^extrait \d+\.\d+\.\d+\n$")
        code, out, _ = run(["--list-types"])
        self.assertEqual(code, 0)
        self.assertIn("money", out)

    def test_types_filter(self):
        code, out, _ = run(["--format", "json", "--types", "percent"], b"Une hausse de 4,5 % et 3 millions d'euros.")
        self.assertEqual(code, 0)
        self.assertEqual([e["type"] for e in json.loads(out)["entities"]], ["percent"])

    def test_too_large(self):
        path = self.file("big.txt", SENTENCE.encode() * 100)
        code, _, err = run(["--max-bytes", "1000", path])
        self.assertEqual(code, 1)
        self.assertIn("limit", err)

    def test_jsonl_stream_keeps_order_and_survives_bad_lines(self):
        lines = [
            json.dumps({"id": "a", "text": SENTENCE, "date": "2025-01-15"}),
            "{not json",
            json.dumps({"id": "c", "date": "2025-01-15"}),
            "",
            b'{"id": "e", "text": "caf\xe9 5 euros"}'.decode("latin-1"),
            json.dumps([1, 2]),
            "[" * 100000 + "]" * 100000,
            json.dumps({"id": "h", "text": "Un prix de 3 euros.\u0000"}),
            json.dumps({"id": 9, "text": "Un prix de 3 euros."}),
        ]
        data = "\n".join(lines).encode("latin-1") + b"\n"
        code, out, err = run(["--input", "jsonl", "--format", "jsonl"], data)
        self.assertEqual(code, 1)
        got = [json.loads(line) for line in out.splitlines()]
        self.assertEqual(len(got), len(lines))
        self.assertEqual(got[0]["id"], "a")
        self.assertEqual(got[0]["reference_date"], "2025-01-15")
        self.assertEqual(got[1], {"id": "line 2", "error": got[1]["error"]})
        self.assertEqual(got[2]["id"], "c")
        self.assertIn("text", got[2]["error"])
        self.assertIn("error", got[3])
        self.assertEqual(got[4]["id"], "e")
        self.assertIn("error", got[4])
        self.assertIn("error", got[5])
        self.assertIn("error", got[6])
        self.assertEqual(got[7]["id"], "h")
        self.assertIn("error", got[7])
        self.assertEqual(got[8]["id"], "9")
        self.assertNotIn("error", got[8])
        self.assertIn(":2:", err)

    def test_jsonl_strings_are_read_whatever_their_escapes_and_where_they_fall(self):
        # The reader copies runs of plain bytes 16 or 8 at a time: an escape or a quote at every
        # position against those blocks must still be read exactly.
        escapes = ['\\"', "\\\\", "\\n", "\\t", "\\/", "\\u00e9", "\\ud83d\\ude00", "é", "€", "\\u20ac"]
        lines, expected = [], []
        for k in range(0, 40):
            for escape in escapes:
                raw = "a" * k + escape + " Le groupe a levé 10 millions d'euros."
                text = json.loads('"' + raw + '"')
                lines.append('{"id": "l%d\\"q", "text": "%s"}' % (len(lines), raw))
                expected.append(("l%d\"q" % len(expected), text.index("10 millions")))
        code, out, _ = run(["--input", "jsonl", "--format", "jsonl", "--types", "money"], "\n".join(lines).encode())
        self.assertEqual(code, 0)
        got = [json.loads(l) for l in out.splitlines()]
        self.assertEqual([(r["id"], r["entities"][0]["start"]) for r in got], expected)
        # A control character inside a string is not JSON: that line alone is an error.
        code, out, _ = run(["--input", "jsonl", "--format", "jsonl"], b'{"id": "c", "text": "a' + b"x" * 20 + b'\x01b"}\n')
        self.assertEqual(code, 1)
        self.assertIn("error", json.loads(out))

    def test_jsonl_date_option_overrides_the_line(self):
        line = json.dumps({"id": "a", "text": SENTENCE, "date": "2025-01-15"}) + "\n"
        code, out, _ = run(["--input", "jsonl", "--format", "jsonl", "--date", "2024-06-01"], line.encode())
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["reference_date"], "2024-06-01")

    def test_jsonl_crlf_and_no_final_newline(self):
        data = (json.dumps({"id": "a", "text": SENTENCE}) + "\r\n" + json.dumps({"id": "b", "text": "x"})).encode()
        code, out, _ = run(["--input", "jsonl", "--format", "jsonl"], data)
        self.assertEqual(code, 0)
        self.assertEqual([json.loads(l)["id"] for l in out.splitlines()], ["a", "b"])

    def test_huge_jsonl_line_is_skipped_not_held(self):
        big = json.dumps({"id": "big", "text": "milliards de " * 200000})
        data = (big + "\n" + json.dumps({"id": "next", "text": SENTENCE}) + "\n").encode()
        code, out, _ = run(["--input", "jsonl", "--format", "jsonl", "--max-bytes", "100000"], data)
        self.assertEqual(code, 1)
        got = [json.loads(l) for l in out.splitlines()]
        self.assertEqual(len(got), 2)
        self.assertIn("error", got[0])
        self.assertEqual(got[1]["id"], "next")

    def test_output_is_identical_whatever_the_thread_count(self):
        samples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "samples", "articles.jsonl")
        with open(samples, "rb") as f:
            data = f.read() * 40
        outputs = set()
        for threads in ("1", "2", "4", "7"):
            code, out, _ = run(["--input", "jsonl", "--format", "jsonl", "--types", "all", "--threads", threads], data)
            self.assertEqual(code, 0)
            outputs.add(out)
        self.assertEqual(len(outputs), 1)
        self.assertEqual(len(next(iter(outputs)).splitlines()), data.count(b"\n"))

    def test_jsonl_streams_a_report_before_the_input_ends(self):
        proc = subprocess.Popen([EXTRAIT, "--input", "jsonl", "--format", "jsonl", "--threads", "2"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE)

        def hung(signum, frame):
            proc.kill()
            raise AssertionError("no report before the end of the input")

        signal.signal(signal.SIGALRM, hung)
        signal.alarm(30)
        try:
            for n in range(3):
                proc.stdin.write((json.dumps({"id": str(n), "text": SENTENCE}) + "\n").encode())
                proc.stdin.flush()
                line = proc.stdout.readline()  # would hang if extrait waited for more input
                self.assertEqual(json.loads(line)["id"], str(n))
        finally:
            signal.alarm(0)
            proc.stdin.close()
            proc.wait(timeout=60)
        self.assertEqual(proc.returncode, 0)

    def test_text_format_for_people(self):
        code, out, _ = run(["--date", "2025-11-28"], SENTENCE.encode())
        self.assertEqual(code, 0)
        self.assertIn("10 millions d'euros", out)
        self.assertIn("10 000 000 EUR", out)

    def test_extra_lexicons(self):
        lexdir = os.path.join(self.dir.name, "lex")
        os.mkdir(lexdir)
        self.file("lex/currencies.tsv", "pépites\tXAU\tafter\tfold\n".encode())
        code, out, _ = run(["--format", "json", "--lexicons", lexdir], "Il a payé 30 pépites.".encode())
        self.assertEqual(code, 0)
        self.assertEqual(self.money(json.loads(out)), [("30 pépites", 30, "XAU")])
        code, _, err = run(["--lexicons", os.path.join(self.dir.name, "nowhere")], b"x")
        self.assertEqual(code, 4)
        self.assertIn("nowhere", err)


if __name__ == "__main__":
    EXTRAIT = sys.argv.pop(1)
    unittest.main(verbosity=2)
