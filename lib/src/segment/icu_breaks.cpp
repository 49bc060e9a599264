// segment/icu_breaks.cpp: see icu_breaks.hpp.
#include "segment/icu_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <algorithm>
#include <new>
#include <stdexcept>
#include <string>

#include "segment/code_points.hpp"
#include "segment/token_rules.hpp"

namespace extrait::segment {

namespace {

std::unique_ptr<icu::BreakIterator> checked(icu::BreakIterator* it, UErrorCode status,
                                            const char* what) {
  std::unique_ptr<icu::BreakIterator> owned(it);
  if (U_FAILURE(status) || !owned) {
    throw std::runtime_error(std::string("ICU cannot create the French ") + what +
                             " break iterator: " + u_errorName(status));
  }
  return owned;
}

// What a UTF-16 unit is to the run splitter.
enum UnitClass : unsigned char {
  // Part of a run that ICU must see.
  kOther,
  // Letters and digits that UAX #29 never separates from one another (ALetter and Numeric, WB5
  // and WB8 to WB10): ASCII letters and digits, and the letters of Latin-1 and Latin Extended-A,
  // where every French letter is (U+00D7 and U+00F7 are the signs × and ÷).
  kPlain,
  // White space that separates runs: UAX #29 puts a boundary on both sides of it (a following
  // combining mark aside, which is no plain letter and so goes through ICU with its run).
  kSeparator,
  // Punctuation of ASCII and Latin-1 whose Word_Break is Other (or Double_Quote, which only
  // Hebrew letters join): a piece of its own, whatever surrounds it (WB999).
  kPunct,
  // MidNumLet and Single_Quote ('.', '\''): joins two letters (WB6, WB7) or two digits (WB11, WB12).
  kJoinsLettersAndDigits,
  // MidNum (',', ';'): joins two digits (WB11, WB12).
  kJoinsDigits,
};

constexpr std::size_t kClassified = 0x180;  // units from here on are kOther

// The class of unit `u` below kClassified.
constexpr UnitClass classify(std::size_t u) {
  const bool ascii_alnum = u < 0x80 && ((u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z'));
  const bool latin_letter = u >= 0xC0 && u != 0xD7 && u != 0xF7;
  // Word_Break of Latin-1 beyond Other: U+00AA, U+00B5 and U+00BA are ALetter, U+00AD is
  // Format, U+00B7 is MidLetter; ':' is MidLetter too, '_' ExtendNumLet, and ICU's rules make
  // '@' a letter ("@M6"). U+00A0 is white space, which a piece must not start with.
  const bool punct = (u > 0x20 && u < 0x7F && u != ':' && u != '_' && u != '@') ||
                     (u > 0xA0 && u < 0xC0 && u != 0xAA && u != 0xAD && u != 0xB5 && u != 0xB7 && u != 0xBA) ||
                     u == 0xD7 || u == 0xF7;
  if (u == ' ' || u == '\n' || u == '\t' || u == '\r') return kSeparator;
  if (ascii_alnum || latin_letter) return kPlain;
  if (u == '.' || u == '\'') return kJoinsLettersAndDigits;
  if (u == ',' || u == ';') return kJoinsDigits;
  if (punct) return kPunct;
  return kOther;
}

// A unit's class, and beside it whether the island finder must look at it: split_runs reads every
// unit, so it notes them for SentenceIslands::find, which then need not read the stretch again.
constexpr unsigned char kClassBits = 0x07;
constexpr unsigned char kIslandStop = 0x08;

class UnitInfo {
 public:
  // Asks ICU's data (stops_island_scan), once per process. Plain units are letters and digits,
  // never terminators nor separators: split_runs does not look for stops among them, and they
  // carry no stop bit. Every unit from kClassified on may stop the scan: the island finder tells.
  // The table holds every unit (64 KiB), so that split_runs, which asks for each unit of the
  // stretch, need not test first whether it is below kClassified.
  UnitInfo() {
    for (std::size_t u = 0; u < kClassified; ++u) {
      const UnitClass c = classify(u);
      const bool stop = c != kPlain && stops_island_scan(static_cast<char32_t>(u));
      of_[u] = static_cast<unsigned char>(c | (stop ? kIslandStop : 0));
    }
    for (std::size_t u = kClassified; u < kUnits; ++u) of_[u] = kOther | kIslandStop;
  }
  // The class and the stop bit of `u`.
  unsigned char operator()(char16_t u) const { return of_[u]; }
  UnitClass class_of(char16_t u) const { return static_cast<UnitClass>((*this)(u) & kClassBits); }
  // class_of(u) == kPlain, without the mask: a plain unit has no stop bit.
  bool plain(char16_t u) const { return (*this)(u) == kPlain; }

 private:
  static constexpr std::size_t kUnits = 0x10000;
  unsigned char of_[kUnits];
};

const UnitInfo& unit_info() {
  static const UnitInfo info;
  return info;
}

bool is_ascii_digit(char16_t u) { return u >= '0' && u <= '9'; }

// Whether the punctuation mark `mid`, between the plain units `before` and `after`, joins them.
bool joins(const UnitInfo& info, char16_t mid, char16_t before, char16_t after) {
  const UnitClass c = info.class_of(mid);
  const bool digits = is_ascii_digit(before) && is_ascii_digit(after);
  if (c == kJoinsDigits) return digits;
  return c == kJoinsLettersAndDigits && (digits || (!is_ascii_digit(before) && !is_ascii_digit(after)));
}

// Whether the punctuation mark at units[at], in a run starting at `begin` of plain units and
// punctuation, is a piece of its own: it is, unless it joins the plain units on both sides of it.
// Between two plain units there is no boundary, so the run's boundaries are those around its
// pieces of punctuation. The unit after a run (a separator, or the 0 after the stretch) is no
// plain unit: the mark that ends the run stands alone without a test of where the run ends.
bool stands_alone(const UnitInfo& info, const char16_t* units, std::size_t begin, std::size_t at) {
  return at == begin || !info.plain(units[at - 1]) || !info.plain(units[at + 1]) ||
         !joins(info, units[at], units[at - 1], units[at + 1]);
}

// Points `it` at units[0, size) (an empty text when size is 0).
void set_text(icu::BreakIterator& it, const char16_t* units, std::size_t size) {
  static const char16_t kNothing = 0;
  UErrorCode status = U_ZERO_ERROR;
  UText utext = UTEXT_INITIALIZER;
  utext_openUChars(&utext, size ? units : &kNothing, static_cast<int64_t>(size), &status);
  it.setText(&utext, status);  // keeps its own shallow clone of `utext`
  utext_close(&utext);
  // Both calls fail only when they cannot allocate.
  if (U_FAILURE(status)) throw std::bad_alloc();
}

}  // namespace

IcuPrototypes::IcuPrototypes() {
  const icu::Locale french("fr");
  UErrorCode status = U_ZERO_ERROR;
  words_ = checked(icu::BreakIterator::createWordInstance(french, status), status, "word");
  status = U_ZERO_ERROR;
  sentences_ = checked(icu::BreakIterator::createSentenceInstance(french, status), status, "sentence");
}

IcuPrototypes::~IcuPrototypes() = default;

IcuBreaks::IcuBreaks(const IcuPrototypes& prototypes)
    : word_iterator_(prototypes.words_->clone()),
      sentence_iterator_(prototypes.sentences_->clone()) {
  if (!word_iterator_ || !sentence_iterator_) throw std::bad_alloc();
}

IcuBreaks::~IcuBreaks() = default;

void IcuBreaks::run(std::string_view text, std::size_t begin, std::size_t end) {
  begin_ = begin;
  end_ = end;
  stretch_.assign(text, begin, end);
  split_runs(text);
  add_icu_pieces(text);
  collect_sentences();
}

void IcuBreaks::split_runs(std::string_view text) {
  const UnitInfo& info = unit_info();
  const char16_t* u = stretch_.units();
  const std::size_t n = stretch_.size();
  pieces_.clear();
  pieces_.reserve(n / 4 + 1);  // French news: a piece every five or six units
  runs_.clear();
  reduced_.clear();  // few runs need ICU: no room made in advance
  island_stops_.clear();
  Utf16Stretch::ToBytes to_bytes(stretch_);
  // A piece [from, to) in bytes whose first unit is `first`: a plain unit or a punctuation mark;
  // `joined` when a mark inside it joins plain units.
  const auto add_simple = [&](std::size_t from, std::size_t to, char16_t first, bool joined) {
    const bool plain = info.plain(first);
    const TokenKind kind = !plain                  ? kind_of(text, from)
                           : is_ascii_digit(first) ? TokenKind::number
                                                   : TokenKind::word;  // every other plain unit is a letter
    pieces_.push_back(Piece::over(from, to, kind, plain && !joined));
  };
  // Each loop below stops at the unit the next one starts with: `f`, the table's byte for u[i],
  // is read once per unit. The 0 after the last unit is kOther: no loop that looks for
  // separators or plain units runs past it.
  std::size_t i = 0;
  unsigned char f = info(u[0]);
  while (true) {
    // White space: a separator without the stop bit is a space or a tab, one with it a line break.
    while (true) {
      while (f == kSeparator) f = info(u[++i]);
      if ((f & kClassBits) != kSeparator) break;
      island_stops_.push_back(i);  // a line break
      f = info(u[++i]);
    }
    if (i == n) break;
    const std::size_t start = i;
    while (f == kPlain) f = info(u[++i]);
    if ((f & kClassBits) == kSeparator || i == n) {
      const std::size_t from = to_bytes(start);
      pieces_.push_back(
          Piece::over(from, to_bytes(i), is_ascii_digit(u[start]) ? TokenKind::number : TokenKind::word, true));
      continue;
    }
    // The run is cut into pieces as it is read, the units before i being plain. Runs with a unit
    // that only ICU may judge are few: their pieces are then taken back.
    const std::size_t pieces_before = pieces_.size();
    bool simple = true;  // only plain units and punctuation whose rules stands_alone applies
    std::size_t from = to_bytes(start);  // where the next piece starts
    std::size_t first = start;           // the first unit of the next piece
    bool joined = false;                 // a mark since `first` joins plain units
    while (true) {
      // u[i] is no plain unit here: a separator, the 0 after the stretch, or a mark of the run.
      if ((f & kClassBits) == kSeparator || i == n) break;
      if (f & kIslandStop) island_stops_.push_back(i);
      if (!simple) {
        // Only island stops are looked for.
      } else if ((f & kClassBits) == kOther) {
        simple = false;
        pieces_.resize(pieces_before);
      } else if (stands_alone(info, u, start, i)) {
        const std::size_t at_byte = to_bytes(i);
        if (first < i) add_simple(from, at_byte, u[first], joined);
        from = to_bytes(i + 1);
        add_simple(at_byte, from, u[i], false);
        first = i + 1;
        joined = false;
      } else {
        joined = true;
      }
      f = info(u[++i]);
      while (f == kPlain) f = info(u[++i]);
    }
    if (simple) {
      if (first < i) add_simple(from, to_bytes(i), u[first], joined);
      continue;
    }
    // The white space before the run is all the context ICU needs (see icu_breaks.hpp); at the
    // start of the stretch there is none, as for ICU over the whole stretch.
    if (start > 0) reduced_.push_back(u[start - 1]);
    runs_.push_back({start, i, reduced_.size(), pieces_.size()});
    reduced_.insert(reduced_.end(), u + start, u + i);
  }
}

void IcuBreaks::add_icu_pieces(std::string_view text) {
  if (runs_.empty()) return;
  // The pieces so far, with those of each ICU run inserted at its place, into merged_, which
  // then takes the place of pieces_ (both keep their room for the next stretch).
  merged_.clear();
  merged_.reserve(pieces_.size() + reduced_.size() / 2 + 1);
  Utf16Stretch::ToBytes to_bytes(stretch_);
  // A piece between two of ICU's boundaries, which may start with white space.
  const auto add_from_icu = [&](std::size_t from, std::size_t to) {
    while (from < to) {
      const Decoded cp = decode(text, from);
      if (!is_space(cp.code_point)) break;
      from += cp.length;
    }
    if (from < to) merged_.push_back(Piece::over(from, to, kind_of(text, from), false));
  };
  icu::BreakIterator& it = *word_iterator_;
  set_text(it, reduced_.data(), reduced_.size());
  int32_t next = it.next();
  std::size_t copied = 0;  // pieces_[0, copied) are in merged_
  for (const Run& run : runs_) {
    merged_.insert(merged_.end(), pieces_.begin() + static_cast<std::ptrdiff_t>(copied),
                   pieces_.begin() + static_cast<std::ptrdiff_t>(run.piece));
    copied = run.piece;
    std::size_t from = to_bytes(run.begin);  // where the next piece starts
    const auto begin = static_cast<int32_t>(run.reduced);
    const auto end = static_cast<int32_t>(run.reduced + run.end - run.begin);
    while (next != icu::BreakIterator::DONE && next <= begin) next = it.next();
    for (; next != icu::BreakIterator::DONE && next < end; next = it.next()) {
      const std::size_t to = to_bytes(run.begin + static_cast<std::size_t>(next - begin));
      add_from_icu(from, to);
      from = to;
    }
    add_from_icu(from, to_bytes(run.end));
  }
  merged_.insert(merged_.end(), pieces_.begin() + static_cast<std::ptrdiff_t>(copied), pieces_.end());
  pieces_.swap(merged_);
}

void IcuBreaks::collect_sentences() {
  islands_.find(stretch_.units(), stretch_.size(), island_stops_);
  island_breaks_.clear();
  const auto& islands = islands_.islands();
  if (!islands.empty()) {
    icu::BreakIterator& it = *sentence_iterator_;
    set_text(it, islands_.reduced().data(), islands_.reduced().size());
    std::size_t k = 0;
    for (int32_t at = it.next(); at != icu::BreakIterator::DONE; at = it.next()) {
      const auto reduced = static_cast<std::size_t>(at);
      while (k < islands.size() && reduced > islands[k].reduced + (islands[k].end - islands[k].begin)) ++k;
      if (k == islands.size()) break;
      // The boundary at an island's start is the one after the U+2029 before it: no boundary of
      // the stretch (see sentence_islands.hpp).
      if (reduced > islands[k].reduced) island_breaks_.push_back(islands[k].begin + (reduced - islands[k].reduced));
    }
  }
  const auto& line_ends = islands_.line_ends();
  sentence_units_.resize(island_breaks_.size() + line_ends.size());
  std::merge(island_breaks_.begin(), island_breaks_.end(), line_ends.begin(), line_ends.end(), sentence_units_.begin());

  sentences_.clear();
  sentences_.push_back(begin_);
  Utf16Stretch::ToBytes to_bytes(stretch_);
  for (const std::size_t unit : sentence_units_) {
    const std::size_t byte = to_bytes(unit);
    if (byte > sentences_.back()) sentences_.push_back(byte);
  }
  if (sentences_.back() != end_) sentences_.push_back(end_);
}

}  // namespace extrait::segment
