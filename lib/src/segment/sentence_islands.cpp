// segment/sentence_islands.cpp: see sentence_islands.hpp.
#include "segment/sentence_islands.hpp"

#include <unicode/uchar.h>
#include <unicode/utf16.h>

namespace extrait::segment {

namespace {

// What a code point is to the island finder, from its Sentence_Break property.
// The scan stops only at the classes from kTerminator on.
enum SentenceClass : unsigned char {
  kPlain,           // Other, Numeric, SContinue: ends the look back, not the look ahead
  kLetter,          // Lower, Upper, OLetter: ends both
  kTrail,           // Close, Sp, Extend, Format: what may stand between a terminator and its end
  kTerminator,      // ATerm, STerm
  kParagraph,       // Sep, LF: a boundary after it, always
  kCarriageReturn,  // CR: the same, but before an LF, which it keeps
};

SentenceClass class_of_code_point(UChar32 c) {
  switch (u_getIntPropertyValue(c, UCHAR_SENTENCE_BREAK)) {
    case U_SB_LOWER:
    case U_SB_UPPER:
    case U_SB_OLETTER:
      return kLetter;
    case U_SB_ATERM:
    case U_SB_STERM:
      return kTerminator;
    case U_SB_CLOSE:
    case U_SB_SP:
    case U_SB_EXTEND:
    case U_SB_FORMAT:
      return kTrail;
    case U_SB_SEP:
    case U_SB_LF:
      return kParagraph;
    case U_SB_CR:
      return kCarriageReturn;
    default:
      return kPlain;
  }
}

// The classes of the units below kTabled (every script of Europe and the general punctuation,
// no surrogate), asked of ICU once per process.
constexpr std::size_t kTabled = 0x3000;

struct ClassTable {
  SentenceClass of[kTabled];
  ClassTable() {
    for (std::size_t u = 0; u < kTabled; ++u) of[u] = class_of_code_point(static_cast<UChar32>(u));
  }
};

const ClassTable& class_table() {
  static const ClassTable table;
  return table;
}

struct Unit {
  SentenceClass cls;
  std::size_t length;  // 1, or 2 for a surrogate pair
};

// The code point that starts at units[at] (at < size).
Unit unit_at(const ClassTable& table, const char16_t* units, std::size_t at, std::size_t size) {
  const char16_t c = units[at];
  if (c < kTabled) return {table.of[c], 1};
  if (U16_IS_LEAD(c) && at + 1 < size && U16_IS_TRAIL(units[at + 1])) {
    return {class_of_code_point(U16_GET_SUPPLEMENTARY(c, units[at + 1])), 2};
  }
  return {class_of_code_point(c), 1};
}

// The code point that ends at units[at] (at > 0).
Unit unit_before(const ClassTable& table, const char16_t* units, std::size_t at) {
  const char16_t c = units[at - 1];
  if (c < kTabled) return {table.of[c], 1};
  if (U16_IS_TRAIL(c) && at >= 2 && U16_IS_LEAD(units[at - 2])) {
    return {class_of_code_point(U16_GET_SUPPLEMENTARY(units[at - 2], c)), 2};
  }
  return {class_of_code_point(c), 1};
}

bool ends_paragraph(SentenceClass cls) { return cls == kParagraph || cls == kCarriageReturn; }

}  // namespace

bool stops_island_scan(char32_t code_point) {
  return class_of_code_point(static_cast<UChar32>(code_point)) >= kTerminator;
}

void SentenceIslands::find(const char16_t* units, std::size_t size, const std::vector<std::size_t>& stops) {
  islands_.clear();
  reduced_.clear();
  line_ends_.clear();
  const ClassTable& table = class_table();
  bool open = false;  // whether [island_begin, island_end) waits to be added
  std::size_t island_begin = 0;
  std::size_t island_end = 0;
  std::size_t i = 0;  // the units before i have been read
  for (const std::size_t stop : stops) {
    // The units between two stops are none of the classes the scan stops at; a stop before i
    // was read already, as the second unit of a pair or the LF of a CR LF.
    if (stop < i) continue;
    i = stop;
    const Unit unit = unit_at(table, units, i, size);
    if (ends_paragraph(unit.cls)) {
      std::size_t after = i + 1;  // every paragraph separator is one unit
      if (unit.cls == kCarriageReturn && after < size && units[after] == u'\n') ++after;
      line_ends_.push_back(after);
      i = after;
      continue;
    }
    // A terminator inside the open island shares its look ahead: nothing more to see.
    if (unit.cls != kTerminator || (open && i < island_end)) {
      i += unit.length;
      continue;
    }
    std::size_t begin = i;
    while (begin > 0) {
      const Unit before = unit_before(table, units, begin);
      if (ends_paragraph(before.cls)) break;
      begin -= before.length;
      if (before.cls != kTerminator && before.cls != kTrail) break;
    }
    std::size_t end = i + unit.length;
    while (end < size) {
      const Unit next = unit_at(table, units, end, size);
      end += next.length;
      if (next.cls == kLetter || next.cls == kParagraph) break;
      if (next.cls == kCarriageReturn) {
        if (end < size && units[end] == u'\n') ++end;
        break;
      }
    }
    if (open && begin <= island_end) {
      island_end = end;
    } else {
      if (open) add_island(units, island_begin, island_end, size);
      island_begin = begin;
      island_end = end;
      open = true;
    }
    i += unit.length;
  }
  if (open) add_island(units, island_begin, island_end, size);
}

void SentenceIslands::add_island(const char16_t* units, std::size_t begin, std::size_t end, std::size_t size) {
  islands_.push_back({begin, end, reduced_.size()});
  reduced_.insert(reduced_.end(), units + begin, units + end);
  if (end < size) reduced_.push_back(u'\u2029');
}

}  // namespace extrait::segment
