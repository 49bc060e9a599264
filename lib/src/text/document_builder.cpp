// text/document_builder.cpp: normalization, piece by piece, with the offset map beside it.
#include "text/document_builder.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <optional>

#include "text/byte_words.hpp"
#include "text/typography.hpp"
#include "text/utf8.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace extrait::text {
namespace {

// Runs of unchanged code points are cut about this often, so that to_original() counts code
// points over 64 bytes at most (from the nearer end of a run). Entities and sentences map two
// offsets each, tens of thousands of times per megabyte: shorter runs cost a piece of 12 bytes
// per 128 of text.
constexpr std::size_t kMaxRun = 128;

// The ASCII bytes that normalization copies as they are: printable ASCII and '\n'. The backtick
// is rewritten, the other controls become spaces.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x7F; ++b) plain[static_cast<std::size_t>(b)] = true;
  plain['`'] = false;
  plain['\n'] = true;
  return plain;
}();

// The bytes of `word` that are not printable ASCII other than the backtick, flagged in their top
// bit. A '\n' is flagged too and taken by the byte-wise step: lines are long enough for that not
// to matter.
std::uint64_t not_plain(std::uint64_t word) {
  return bytes::beyond_ascii(word) | bytes::below(word, 0x20) | bytes::equal(word, '`') |
         bytes::equal(word, 0x7F);
}

// The first byte from `at` that is not plain ASCII (kPlain without '\n'), or a byte among the
// last few of the input, where the byte-wise step takes over: text that normalization copies is
// mostly plain ASCII between accented letters a few words apart. Sixteen bytes a step where SSE2
// is there (x86-64 always), else eight; the first flagged byte is found at once where the
// lowest-order flag is the first byte in memory.
std::size_t plain_ascii_end(const unsigned char* in, std::size_t at, std::size_t size) {
#if defined(__SSE2__)
  // Read as signed, a byte below 0x20 is a control or any byte from 0x80 up.
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i backtick = _mm_set1_epi8('`');
  const __m128i del = _mm_set1_epi8(0x7F);
  while (at + 16 <= size) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + at));
    const __m128i flagged = _mm_or_si128(_mm_cmplt_epi8(v, space),
                                         _mm_or_si128(_mm_cmpeq_epi8(v, backtick), _mm_cmpeq_epi8(v, del)));
    const int mask = _mm_movemask_epi8(flagged);
    if (mask != 0) return at + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask)));
    at += 16;
  }
#endif
  while (at + 8 <= size) {
    const std::uint64_t flags = not_plain(bytes::load8(in + at));
    if (flags != 0) {
      if constexpr (std::endian::native == std::endian::little) at += bytes::first_marked_byte(flags);
      break;
    }
    at += 8;
  }
  return at;
}

std::uint32_t u32(std::size_t value) { return static_cast<std::uint32_t>(value); }

// Whether a code point is its own piece and comes out of normalization unchanged, whatever
// precedes it: what a run of unchanged text may hold besides plain ASCII.
bool copied_as_is(char32_t cp) {
  return !detail::rewrite(cp) && !detail::joins_previous(cp) && detail::stable_alone(cp);
}

// copied_as_is for every two-byte code point (U+0080..U+07FF: accented Latin letters, « », °,
// Greek, Cyrillic…), the most frequent non-ASCII text of a French article. Derived from the rules
// rather than listed, so that it cannot disagree with them.
using TwoByteTable = std::array<bool, 0x800>;
const TwoByteTable& two_byte_copied_as_is() {
  static const TwoByteTable table = [] {
    TwoByteTable copied{};
    for (char32_t cp = 0x80; cp < 0x800; ++cp) copied[cp] = copied_as_is(cp);
    return copied;
  }();
  return table;
}

// The length of the three-byte code point at `p` (€, —, … and the rest of the BMP) if it is
// copied as it is, else 0. Apart from the two-byte case, the most frequent, so that what decides
// that one stays small enough to be inlined where the runs are scanned.
std::size_t three_byte_copied_length(const unsigned char* p, std::size_t available) {
  const detail::Sequence seq = detail::read_sequence(p, available);
  return seq.length != 0 && copied_as_is(seq.code_point) ? seq.length : 0;
}

// Appends `from` with each character the rules rewrite rewritten; says whether any was.
bool rewrite_all(std::string_view from, std::string& to) {
  const auto* p = reinterpret_cast<const unsigned char*>(from.data());
  bool changed = false;
  for (std::size_t at = 0; at < from.size();) {
    const detail::Sequence seq = detail::read_sequence(p + at, from.size() - at);
    const std::size_t length = seq.length == 0 ? 1 : seq.length;
    if (auto replacement = seq.length == 0 ? std::nullopt : detail::rewrite(seq.code_point)) {
      to.append(*replacement);
      changed = true;
    } else {
      to.append(from.substr(at, length));
    }
    at += length;
  }
  return changed;
}

}  // namespace

Document::Builder::Builder(std::string_view input, std::string& text, std::vector<Piece>& pieces)
    : in_(reinterpret_cast<const unsigned char*>(input.data())),
      size_(input.size()),
      text_(text),
      pieces_(pieces),
      two_byte_copied_(two_byte_copied_as_is()) {}

void Document::Builder::run() {
  text_.reserve(size_ + size_ / 16 + 16);
  while (pos_ < size_) {
    std::size_t stop = run_end(pos_);
    // The code point before a combining mark starts that mark's piece: leave it to piece().
    if (stop > pos_ && stop < size_ && may_be_joined(stop)) {
      do --stop;
      while (stop > pos_ && detail::is_continuation_byte(in_[stop]));
    }
    if (stop > pos_) copy_run(stop - pos_);
    if (pos_ < size_) piece();
  }
  pieces_.push_back(Piece{u32(text_.size()), u32(cp_), u32(size_)});
}

inline std::size_t Document::Builder::copied_length(std::size_t at) const {
  const unsigned lead = in_[at];
  if (lead >= 0xC2 && lead <= 0xDF) {  // with any continuation byte, a well-formed sequence
    if (at + 1 >= size_ || !detail::is_continuation_byte(in_[at + 1])) return 0;
    const char32_t cp = ((lead & 0x1Fu) << 6) | (in_[at + 1] & 0x3Fu);
    return two_byte_copied_[cp] ? 2 : 0;
  }
  if (lead >= 0xE0 && lead <= 0xEF) return three_byte_copied_length(in_ + at, size_ - at);
  return 0;  // ASCII that is not plain, four-byte characters, ill-formed bytes: piece() decides
}

std::size_t Document::Builder::run_end(std::size_t from) const {
  std::size_t at = from;
  while (at < size_) {
    at = plain_ascii_end(in_, at, size_);
    if (at >= size_) break;
    if (kPlain[in_[at]]) {
      ++at;
    } else if (const std::size_t length = copied_length(at)) {
      at += length;
    } else {
      return at;
    }
  }
  return at;
}

bool Document::Builder::may_be_joined(std::size_t at) const {
  // A mark joins the code point before it, and so do removed characters when a mark follows them
  // ("e", soft hyphen, U+0301): both send that code point to piece().
  if (in_[at] < 0x80) return false;
  const detail::Sequence seq = detail::read_sequence(in_ + at, size_ - at);
  return seq.length != 0 &&
         (detail::joins_previous(seq.code_point) || detail::is_removed(seq.code_point));
}

std::size_t Document::Builder::extend(std::size_t end, std::size_t& code_points,
                                      bool removed_first) const {
  // ASCII never joins a piece, so the loop stops at the first ASCII byte.
  while (end < size_ && in_[end] >= 0x80 && code_points < detail::kMaxPieceCodePoints) {
    const detail::Sequence next = detail::read_sequence(in_ + end, size_ - end);
    if (next.length == 0) break;
    if (detail::joins_previous(next.code_point) ||
        (removed_first && detail::is_removed(next.code_point))) {
      end += next.length;
      ++code_points;
      continue;
    }
    if (!detail::is_removed(next.code_point)) break;
    // Removed characters between a letter and its mark must not strand the mark ("e", ZWJ, U+0301
    // is still "é"): they join the piece when a joining code point follows them.
    std::size_t look = end + next.length;
    std::size_t skipped = 1;
    bool joined = false;
    while (look < size_ && in_[look] >= 0x80 &&
           code_points + skipped < detail::kMaxPieceCodePoints) {
      const detail::Sequence after = detail::read_sequence(in_ + look, size_ - look);
      if (after.length == 0) break;
      if (detail::is_removed(after.code_point)) {
        look += after.length;
        ++skipped;
        continue;
      }
      if (detail::joins_previous(after.code_point)) {
        end = look + after.length;
        code_points += skipped + 1;
        joined = true;
      }
      break;
    }
    if (!joined) break;
  }
  return end;
}

void Document::Builder::piece() {
  const detail::Sequence first = detail::read_sequence(in_ + pos_, size_ - pos_);
  if (first.length == 0) {
    // Not UTF-8 after all (the caller skipped validation): keep the text valid, count one.
    rewritten(pos_ + 1, 1, "\xEF\xBF\xBD");
    return;
  }
  const std::optional<std::string_view> replacement = detail::rewrite(first.code_point);
  std::size_t end = pos_ + first.length;
  std::size_t code_points = 1;
  const bool crlf = first.code_point == U'\r' && end < size_ && in_[end] == '\n';
  if (crlf) {
    ++end;
    ++code_points;
  }
  end = extend(end, code_points, replacement && replacement->empty());
  if (code_points > 1) {
    compound(end, code_points, crlf);
  } else if (replacement) {
    rewritten(end, 1, *replacement);
  } else if (detail::stable_alone(first.code_point)) {
    keep(first.length);
  } else {
    compound(end, 1, false);
  }
}

void Document::Builder::compound(std::size_t end, std::size_t code_points, bool crlf) {
  const std::string_view input(reinterpret_cast<const char*>(in_) + pos_, end - pos_);
  scratch_.clear();
  if (crlf) scratch_.push_back('\n');
  rewrite_all(input.substr(crlf ? 2 : 0), scratch_);
  composed_.clear();
  composer_.compose(scratch_, composed_);
  // NFC may bring out a character the rules rewrite (U+1FFD → U+00B4, an apostrophe), and a
  // rewritten starter may then compose with the marks after it: one more round settles both.
  scratch_.clear();
  if (rewrite_all(composed_, scratch_)) {
    composed_.clear();
    composer_.compose(scratch_, composed_);
  }
  if (code_points == 1 && composed_ == input) {
    keep(input.size());
  } else {
    rewritten(end, code_points, composed_);
  }
}

void Document::Builder::copy_run(std::size_t length) {
  // One append for the whole run, then a Piece every kMaxRun bytes or so.
  const std::size_t text_begin = text_.size();
  text_.append(reinterpret_cast<const char*>(in_) + pos_, length);
  for (std::size_t copied = 0; copied < length;) {
    open_run(text_begin + copied);
    std::size_t take = std::min(length - copied, kMaxRun - (text_begin + copied - run_begin_));
    while (copied + take < length && detail::is_continuation_byte(in_[pos_ + take])) ++take;
    cp_ += count_code_points(std::string_view(reinterpret_cast<const char*>(in_) + pos_, take));
    pos_ += take;
    copied += take;
  }
}

void Document::Builder::keep(std::size_t length) {
  open_run(text_.size());
  text_.append(reinterpret_cast<const char*>(in_) + pos_, length);
  pos_ += length;
  ++cp_;
}

void Document::Builder::rewritten(std::size_t end, std::size_t code_points,
                                  std::string_view output) {
  pieces_.push_back(Piece{u32(text_.size()), u32(cp_) | kRewritten, u32(pos_)});
  run_open_ = false;
  text_.append(output);
  pos_ = end;
  cp_ += code_points;
}

void Document::Builder::open_run(std::size_t text_at) {
  if (run_open_ && text_at - run_begin_ < kMaxRun) return;
  pieces_.push_back(Piece{u32(text_at), u32(cp_), u32(pos_)});
  run_open_ = true;
  run_begin_ = text_at;
}

}  // namespace extrait::text
