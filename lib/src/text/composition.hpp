// text/composition.hpp: canonical composition (NFC) one piece at a time, with utf8proc.
//
// The Document normalizes piece by piece so that it knows where every normalized byte came from.
// A piece is a code point and the code points that NFC may combine with it or reorder around it;
// a boundary falls before a code point only when NFC can neither compose it with what precedes
// nor move it. Then NFC of the whole text is the NFC of its pieces, end to end.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace extrait::text::detail {

// Whether `cp` belongs to the piece before it: a combining mark (canonical combining class not
// 0), a starter that composes with a preceding starter (Hangul vowel and final jamo, some Indic
// vowel signs), or a character whose decomposition begins with one of those.
bool joins_previous(char32_t cp);

// Whether NFC leaves `cp` unchanged when it stands alone (no canonical decomposition, or one that
// composes back to it). False for singletons like U+212B ANGSTROM SIGN (→ Å).
bool stable_alone(char32_t cp);

// Pieces longer than this many code points are cut (UAX #15, stream-safe text: no real text puts
// more than 30 combining marks on a character). This bounds NFC's reordering work on garbage.
inline constexpr std::size_t kMaxPieceCodePoints = 32;

// NFC of small strings without allocating once warmed up.
class Composer {
 public:
  // Appends NFC(`utf8`) to `out`; `utf8` must be valid UTF-8.
  void compose(std::string_view utf8, std::string& out);

 private:
  std::vector<std::int32_t> buffer_;
};

}  // namespace extrait::text::detail
