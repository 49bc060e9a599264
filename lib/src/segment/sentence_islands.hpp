// segment/sentence_islands.hpp: the few parts of a stretch that ICU's sentence iterator must see.
//
// UAX #29 puts a sentence boundary only after a paragraph separator (SB4: line feed, carriage
// return, U+0085, U+2028, U+2029) or after a terminator ("." "?" "!" and the other STerm and
// ATerm characters), its closing punctuation and spaces (SB11). Between them, every position is
// "no boundary" (SB998). So ICU need not read the whole stretch, only an island around each
// terminator:
//  - on the left, back to the first character that is none of terminator, Close, Sp, Extend or
//    Format (a letter, a digit, a comma...), included: it is all that SB7 looks at ("Upper ATerm ×
//    Upper") and it cuts every "SATerm Close* Sp*" sequence that SB8 to SB11 look back over; or
//    back to a paragraph separator, after which ICU starts afresh anyway;
//  - on the right, up to and including the first letter (Lower, Upper, OLetter) or paragraph
//    separator after the terminator: SB8 looks ahead over anything else for a lower-case letter
//    ("etc. 300 personnes"), and that first letter decides it.
// Islands that touch or overlap merge. ICU reads them end to end, each followed by U+2029: a
// paragraph separator makes ICU start afresh after it, exactly as at the island's first character
// in the whole stretch, and it decides nothing before it that the island's own last letter had
// not decided (it is no letter, and a carriage return before it still ends its line). The last
// island, when it runs to the end of the stretch, keeps the stretch's own end instead.
// The boundaries after paragraph separators outside islands are added from the scan itself.
// tests/test_segment.cpp compares the result with ICU over whole texts.
//
// A unit's class comes from ICU's Sentence_Break property, the data its rules are built from. The
// scan does not read the stretch itself: the run splitter of icu_breaks.cpp, which reads every
// unit anyway, notes where the terminators and paragraph separators may be. French news has a
// terminator every 100 bytes or so, and its islands hold about a tenth of the text.
#pragma once

#include <cstddef>
#include <vector>

namespace extrait::segment {

// Whether the scan for islands must look at `code_point`: a terminator or a paragraph separator
// (Sentence_Break ATerm, STerm, Sep, LF or CR).
bool stops_island_scan(char32_t code_point);

class SentenceIslands {
 public:
  // An island: units [begin, end) of the stretch, at `reduced` in reduced().
  struct Island {
    std::size_t begin;
    std::size_t end;
    std::size_t reduced;
  };

  // Finds the islands of units[0, size). `stops` are increasing unit offsets that must hold every
  // unit that starts a code point that stops_island_scan (the lead unit of a surrogate pair); any
  // other unit may be among them too. Scratch memory is reused from one call to the next.
  void find(const char16_t* units, std::size_t size, const std::vector<std::size_t>& stops);

  const std::vector<Island>& islands() const { return islands_; }
  // The islands end to end, each followed by U+2029 (but a last one that ends the stretch).
  const std::vector<char16_t>& reduced() const { return reduced_; }
  // The unit offsets right after each paragraph separator (after the LF of CR LF), increasing.
  const std::vector<std::size_t>& line_ends() const { return line_ends_; }

 private:
  void add_island(const char16_t* units, std::size_t begin, std::size_t end, std::size_t size);

  std::vector<Island> islands_;
  std::vector<char16_t> reduced_;
  std::vector<std::size_t> line_ends_;
};

}  // namespace extrait::segment
