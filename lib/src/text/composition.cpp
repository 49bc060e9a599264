// text/composition.cpp: which code points join the piece before them, and NFC of one piece.
#include "text/composition.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <stdexcept>

#include "text/utf8.hpp"

namespace extrait::text::detail {
namespace {

// Below U+0300 no code point has a combining class, composes onto another or changes under NFC
// alone (the tests check this against utf8proc over the whole range): the common case of French
// text never reaches a table.
constexpr char32_t kFirstCombining = 0x0300;
// No canonical decomposition exists past the CJK compatibility supplement (ends at U+2FA1D).
constexpr char32_t kDecompositionsEnd = 0x30000;
// Hangul syllables decompose by algorithm, not through utf8proc's property table.
constexpr char32_t kHangulFirst = 0xAC00;
constexpr char32_t kHangulEnd = 0xD7A4;
// Where canonical decompositions may be: from U+0300 to the end of the CJK compatibility
// supplement, less the surrogates and the blocks of unified ideographs (extension A, the main
// block, extensions B to F). Those hold a third of the range and no decomposition: Unicode gives
// ideographs none (their compatibility twins, which have one, live in blocks of their own), and
// a decomposition is never added to a character once encoded. Leaving them out halves building
// the table, which every start-up does.
struct Range {
  char32_t first;
  char32_t end;
};
constexpr Range kMayDecompose[] = {
    {kFirstCombining, 0x3400}, {0x4DC0, 0x4E00}, {0xA000, 0xD800}, {0xE000, 0x20000}, {0x2F800, kDecompositionsEnd}};

bool canonically_decomposable(const utf8proc_property_t* property) {
  // decomp_type 0 is "canonical"; the others are compatibility decompositions, which NFC ignores.
  return property->decomp_seqindex != UINT16_MAX && property->decomp_type == 0;
}

bool has_combining_class(char32_t cp) {
  return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class != 0;
}

// The starters (combining class 0) that nonetheless join the piece before them, sorted.
struct JoiningStarters {
  std::vector<char32_t> sorted;
  char32_t low = 0;
  char32_t high = 0;
};

JoiningStarters find_joining_starters() {
  // A starter that appears after the first code point of some canonical decomposition can be the
  // second half of a composition; a character whose decomposition begins with a mark or with such
  // a starter behaves, under NFC, like the sequence it decomposes to.
  std::vector<bool> is_second(kDecompositionsEnd);
  std::vector<char32_t> seconds;  // the same set, listed
  std::vector<std::pair<char32_t, char32_t>> first_of;  // (composite, first of its decomposition)
  for (const Range& range : kMayDecompose) {
    for (char32_t cp = range.first; cp < range.end; ++cp) {
      const bool hangul = cp >= kHangulFirst && cp < kHangulEnd;
      if (!hangul && !canonically_decomposable(utf8proc_get_property(static_cast<utf8proc_int32_t>(cp)))) {
        continue;
      }
      utf8proc_int32_t parts[8];
      const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts, 8,
                                                         UTF8PROC_DECOMPOSE, nullptr);
      if (n < 1 || n > 8) continue;
      for (utf8proc_ssize_t k = 1; k < n; ++k) {
        const auto part = static_cast<char32_t>(parts[k]);
        if (part >= kFirstCombining && part < kDecompositionsEnd && !is_second[part] &&
            !has_combining_class(part)) {
          is_second[part] = true;
          seconds.push_back(part);
        }
      }
      first_of.emplace_back(cp, static_cast<char32_t>(parts[0]));
    }
  }
  JoiningStarters starters;
  starters.sorted = std::move(seconds);
  for (const auto& [composite, first] : first_of) {
    if ((has_combining_class(first) || (first < kDecompositionsEnd && is_second[first])) &&
        !has_combining_class(composite)) {
      starters.sorted.push_back(composite);
    }
  }
  std::sort(starters.sorted.begin(), starters.sorted.end());
  starters.sorted.erase(std::unique(starters.sorted.begin(), starters.sorted.end()), starters.sorted.end());
  if (!starters.sorted.empty()) {
    starters.low = starters.sorted.front();
    starters.high = starters.sorted.back();
  }
  return starters;
}

const JoiningStarters& joining_starters() {
  static const JoiningStarters table = find_joining_starters();  // built once, on first need
  return table;
}

}  // namespace

bool joins_previous(char32_t cp) {
  if (cp < kFirstCombining || cp > 0x10FFFF) return false;
  if (has_combining_class(cp)) return true;
  const JoiningStarters& joining = joining_starters();
  if (cp < joining.low || cp > joining.high) return false;  // ’, €, « » … stop here
  return std::binary_search(joining.sorted.begin(), joining.sorted.end(), cp);
}

bool stable_alone(char32_t cp) {
  if (cp < kFirstCombining || cp > 0x10FFFF) return true;
  const auto* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
  if (!canonically_decomposable(property)) return true;
  // A precomposed letter (ǘ, ḯ) decomposes and composes back; only singletons and composition
  // exclusions change. Telling them apart costs a decomposition, and this path is rare.
  utf8proc_int32_t parts[8];
  const utf8proc_ssize_t n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts, 8,
                                                     UTF8PROC_DECOMPOSE, nullptr);
  if (n < 1 || n > 8) return false;
  // UTF8PROC_STABLE is what makes utf8proc respect the composition exclusions (U+2ADC stays
  // decomposed), as NFC must.
  const utf8proc_ssize_t m = utf8proc_normalize_utf32(
      parts, n, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  return m == 1 && static_cast<char32_t>(parts[0]) == cp;
}

void Composer::compose(std::string_view utf8, std::string& out) {
  const auto options = static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(utf8.data());
  const auto length = static_cast<utf8proc_ssize_t>(utf8.size());
  if (buffer_.size() < 64) buffer_.resize(64);
  utf8proc_ssize_t n = utf8proc_decompose(bytes, length, buffer_.data(),
                                          static_cast<utf8proc_ssize_t>(buffer_.size()), options);
  if (n > static_cast<utf8proc_ssize_t>(buffer_.size())) {
    buffer_.resize(static_cast<std::size_t>(n));
    n = utf8proc_decompose(bytes, length, buffer_.data(), n, options);
  }
  if (n < 0) {
    // Only ill-formed input makes utf8proc fail, and the Document never passes any.
    throw std::logic_error(std::string("utf8proc: ") + utf8proc_errmsg(n));
  }
  n = utf8proc_normalize_utf32(buffer_.data(), n, options);
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    append_utf8(out, static_cast<char32_t>(buffer_[static_cast<std::size_t>(i)]));
  }
}

}  // namespace extrait::text::detail
