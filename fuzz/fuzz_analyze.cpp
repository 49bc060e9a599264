// fuzz/fuzz_analyze.cpp: Analyzer::analyze on arbitrary bytes must return a Report or an Error,
// never crash, throw, hang or read out of bounds; a Report must have offsets inside the input and
// must serialize.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "extrait/extrait.hpp"

namespace {

const extrait::Analyzer& analyzer() {
  static const extrait::Analyzer a = std::move(extrait::Analyzer::create().value());
  return a;
}

void check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  extrait::Options options;
  options.reference_date = "2024-02-29";  // fixed: the same input always runs the same way
  options.types = extrait::all_entity_types();
  // The last byte picks a summary length in words now and then, to reach that path too.
  if (size > 0 && data[size - 1] % 4 == 0) options.summary_words = data[size - 1];
  auto report = analyzer().analyze(input, options, "fuzz");
  if (!report) {
    check(!report.error().message.empty());
    return 0;
  }
  std::size_t code_points = 0;
  for (unsigned char c : input) code_points += (c & 0xC0) != 0x80;
  for (const auto& s : report->sentences) {
    check(s.span.start <= s.span.end && s.span.end <= code_points);
    check(s.span.byte_start <= s.span.byte_end && s.span.byte_end <= size);
  }
  for (const auto& e : report->entities) {
    check(e.span.start <= e.span.end && e.span.end <= code_points);
    check(e.span.byte_start <= e.span.byte_end && e.span.byte_end <= size);
    check(e.text == input.substr(e.span.byte_start, e.span.byte_end - e.span.byte_start));
    check(e.sentence < report->sentences.size() || report->sentences.empty());
  }
  for (std::size_t i : report->summary.sentences) check(i < report->sentences.size());
  std::ostringstream out;
  extrait::write_jsonl(out, *report);
  const std::string line = out.str();
  check(!line.empty() && line.back() == '\n' && line.find('\n') == line.size() - 1);
  return 0;
}
