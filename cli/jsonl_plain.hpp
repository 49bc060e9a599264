// cli/jsonl_plain.hpp: the common JSONL line, read without a JSON parser.
//
// Nearly every line of a JSONL input is a flat object of strings, {"id": "…", "text": "…",
// "date": "…"}, and nlohmann's lexer, which reads a byte at a time, took longer over the text of
// such a line than everything else the command does with it but the analysis. Such a line is read
// here with a few passes of eight bytes at a time. Anything else (a value that is not a string,
// nesting, a byte-order mark, an escape JSON does not have, a control character, invalid UTF-8,
// anything malformed) gives nullopt, and the full parser of cli/jsonl_input.cpp reads the line
// and says what is wrong with it: this reader only ever accepts lines that one accepts, and
// reads them to the same strings.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace extrait::cli {

struct PlainLine {
  // The value of the last key of each name, as the full parser keeps it.
  std::optional<std::string> id;
  std::optional<std::string> text;
  std::optional<std::string> date;
};

std::optional<PlainLine> read_plain_line(std::string_view line);

}  // namespace extrait::cli
