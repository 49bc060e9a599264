// segment/icu_breaks.cpp: see icu_breaks.hpp.
#include "segment/icu_breaks.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <new>
#include <stdexcept>
#include <string>

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
};

constexpr std::size_t kClassified = 0x180;  // units from here on are kOther

struct UnitClasses {
  UnitClass of[kClassified];
  constexpr UnitClasses() : of() {
    for (std::size_t u = 0; u < kClassified; ++u) {
      const bool ascii_alnum = u < 0x80 && ((u >= '0' && u <= '9') || ((u | 0x20) >= 'a' && (u | 0x20) <= 'z'));
      const bool latin_letter = u >= 0xC0 && u != 0xD7 && u != 0xF7;
      if (u == ' ' || u == '\n' || u == '\t' || u == '\r') {
        of[u] = kSeparator;
      } else if (ascii_alnum || latin_letter) {
        of[u] = kPlain;
      } else {
        of[u] = kOther;
      }
    }
  }
};
constexpr UnitClasses kUnitClasses;

UnitClass class_of(char16_t u) { return u < kClassified ? kUnitClasses.of[u] : kOther; }

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
  split_runs();
  collect_words();
  collect_sentences();
}

void IcuBreaks::split_runs() {
  const char16_t* u = stretch_.units();
  const std::size_t n = stretch_.size();
  runs_.clear();
  runs_.reserve(n / 4 + 1);
  reduced_.clear();
  reduced_.reserve(n / 2 + 1);
  for (std::size_t i = 0; i < n;) {
    while (i < n && class_of(u[i]) == kSeparator) ++i;
    if (i == n) break;
    const std::size_t start = i;
    while (i < n && class_of(u[i]) == kPlain) ++i;
    if (i == n || class_of(u[i]) == kSeparator) {
      runs_.push_back({start, i, -1});
      continue;
    }
    while (i < n && class_of(u[i]) != kSeparator) ++i;
    // The white space before the run is all the context ICU needs (see icu_breaks.hpp); at the
    // start of the stretch there is none, as for ICU over the whole stretch.
    if (start > 0) reduced_.push_back(u[start - 1]);
    runs_.push_back({start, i, static_cast<std::ptrdiff_t>(reduced_.size())});
    reduced_.insert(reduced_.end(), u + start, u + i);
  }
}

void IcuBreaks::collect_words() {
  words_.clear();
  words_.reserve(runs_.size() * 2 + reduced_.size() / 2 + 2);
  words_.push_back(begin_);
  auto add = [this](std::size_t byte) {
    if (byte > words_.back()) words_.push_back(byte);
  };
  Utf16Stretch::ToBytes to_bytes(stretch_);
  icu::BreakIterator& it = *word_iterator_;
  int32_t next = icu::BreakIterator::DONE;
  if (!reduced_.empty()) {
    set_text(it, reduced_.data(), reduced_.size());
    next = it.next();
  }
  for (const Run& run : runs_) {
    add(to_bytes(run.begin));
    if (run.reduced >= 0) {
      const auto from = static_cast<int32_t>(run.reduced);
      const auto to = static_cast<int32_t>(static_cast<std::size_t>(run.reduced) + run.end - run.begin);
      while (next != icu::BreakIterator::DONE && next <= from) next = it.next();
      for (; next != icu::BreakIterator::DONE && next < to; next = it.next()) {
        add(to_bytes(run.begin + static_cast<std::size_t>(next - from)));
      }
    }
    add(to_bytes(run.end));
  }
  add(end_);
}

void IcuBreaks::collect_sentences() {
  sentences_.clear();
  sentences_.push_back(begin_);
  icu::BreakIterator& it = *sentence_iterator_;
  set_text(it, stretch_.units(), stretch_.size());
  Utf16Stretch::ToBytes to_bytes(stretch_);
  for (int32_t at = it.next(); at != icu::BreakIterator::DONE; at = it.next()) {
    const std::size_t byte = to_bytes(static_cast<std::size_t>(at));
    if (byte > sentences_.back()) sentences_.push_back(byte);
  }
  if (sentences_.back() != end_) sentences_.push_back(end_);
}

}  // namespace extrait::segment
