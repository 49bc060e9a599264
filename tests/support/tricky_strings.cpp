// tests/support/tricky_strings.cpp: see tricky_strings.hpp.
#include "tricky_strings.hpp"

#include <string_view>

#include "text/utf8.hpp"

namespace extrait::testing {

using text::count_code_points;

const std::vector<Unit>& tricky_units() {
  static const std::vector<Unit> units = {
      {"a", "a"},
      {"L", "L"},
      {"7", "7"},
      {" ", " "},
      {".", "."},
      {"\n", "\n"},
      {"\xC3\xA9", "\xC3\xA9"},                          // é
      {"e\xCC\x81", "\xC3\xA9"},                         // e + U+0301
      {"o\xCC\x82\xCC\xA3", "\xE1\xBB\x99"},             // o + U+0302 + U+0323 → ộ
      {"x\xCC\x81", "x\xCC\x81"},                        // no precomposed form: rewritten as is
      {"e\xE2\x80\x8D\xCC\x81", "\xC3\xA9"},             // e, ZWJ, U+0301
      {"\xE2\x80\x99", "'"},                             // ’
      {"\xE2\x80\x99\xCC\x81", "'\xCC\x81"},             // ’ + U+0301
      {"`", "'"},
      {"\xE2\x80\x9C", "\""},                            // “
      {"\xC2\xAB", "\xC2\xAB"},                          // «
      {"\xC2\xA0", " "},                                 // no-break space
      {"\xE2\x80\xAF", " "},                             // narrow no-break space
      {"\t", " "},
      {"\x01", " "},
      {"\xC2\x85", "\n"},                                // NEL
      {"\xE2\x80\xA8", "\n"},                            // line separator
      {"\r\n", "\n"},
      {"\r", "\n"},
      {"\xEF\xAC\x81", "fi"},                            // ﬁ
      {"\xEF\xAC\x83", "ffi"},                           // ﬃ
      {"\xC2\xAD", ""},                                  // soft hyphen
      {"\xE2\x80\x8B", ""},                              // zero-width space
      {"\xEF\xBB\xBF", ""},                              // BOM
      {"\xE2\x80\x93", "-"},                             // en dash
      {"\xE2\x88\x92", "-"},                             // minus
      {"\xE2\x80\x94", "\xE2\x80\x94"},                  // em dash stays
      {"\xE2\x80\xA6", "\xE2\x80\xA6"},                  // ellipsis stays
      {"\xE2\x82\xAC", "\xE2\x82\xAC"},                  // €
      {"\xC5\x93", "\xC5\x93"},                          // œ
      {"\xE2\x84\xAB", "\xC3\x85"},                      // Angstrom sign → Å
      {"\xE1\xBF\xBD", "'"},                             // Greek oxia → U+00B4 → '
      {"\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},          // U+1F600
      {"\xC3\xA9\xCC\xA3", "\xE1\xBA\xB9\xCC\x81"},          // é + U+0323 → ẹ + U+0301
      {"\xE2\x82\xAC\xCC\x81", "\xE2\x82\xAC\xCC\x81"},      // € + U+0301
      {"\xC3\xA0\xC2\xAD\xCC\x80", "\xC3\xA0\xCC\x80"},      // à, soft hyphen, U+0300
  };
  return units;
}

Built build(const std::vector<const Unit*>& units) {
  Built built;
  std::size_t cp = 0;
  for (const Unit* unit : units) {
    const std::string_view normalized = unit->normalized;
    built.places.push_back({built.input.size(), cp, built.normalized.size(), normalized.size()});
    built.input += unit->input;
    built.normalized += normalized;
    cp += count_code_points(unit->input);
  }
  built.places.push_back({built.input.size(), cp, built.normalized.size(), 0});
  return built;
}

std::vector<const Unit*> random_units(std::mt19937& rng, std::size_t count,
                                      const std::vector<Unit>& alphabet) {
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::vector<const Unit*> units;
  while (units.size() < count) {
    const Unit* unit = &alphabet[pick(rng)];
    // "\r" then a unit that starts with "\n" would be one piece, CR LF.
    if (!units.empty() && std::string_view(units.back()->input) == "\r" && unit->input[0] == '\n') {
      continue;
    }
    units.push_back(unit);
  }
  return units;
}

Span expected_span(const Built& built, std::size_t begin, std::size_t end) {
  const std::size_t units = built.places.size() - 1;
  auto holding = [&](std::size_t byte) {  // the unit with text that holds normalized byte `byte`
    for (std::size_t k = 0; k < units; ++k) {
      const auto& place = built.places[k];
      if (place.text_length > 0 && place.text <= byte && byte < place.text + place.text_length) {
        return k;
      }
    }
    return units;  // the end
  };
  const auto& first = built.places[holding(begin)];
  if (begin == end) return Span{first.cp, first.cp, first.byte, first.byte};
  const auto& last = built.places[holding(end - 1) + 1];
  return Span{first.cp, last.cp, first.byte, last.byte};
}

}  // namespace extrait::testing
