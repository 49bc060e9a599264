// fuzz/fuzz_jsonl_line.cpp: the command's JSONL line parser on arbitrary bytes. Whatever the line,
// it must give an id and either a text or an error, without crashing, throwing or recursing
// without bound (deep nesting).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "jsonl_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const extrait::cli::JsonlDocument doc = extrait::cli::parse_jsonl_line(line, 7);
  if (!doc.error.empty() && !doc.text.empty()) __builtin_trap();  // an error carries no text
  if (doc.text.size() > size) __builtin_trap();  // unescaping never makes text longer
  return 0;
}
