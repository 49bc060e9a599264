// text/document_builder.cpp: normalization, piece by piece, with the offset map beside it.
#include "text/document_builder.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "text/typography.hpp"

namespace extrait::text {
namespace {

// Runs of unchanged code points are cut about this often, so that to_original() counts code
// points over at most this many bytes.
constexpr std::size_t kMaxRun = 1024;

// Bytes that normalization copies as they are and that never take a combining mark from the
// next byte's point of view: printable ASCII and '\n'. The backtick is rewritten, the other
// controls become spaces.
constexpr std::array<bool, 256> kPlain = [] {
  std::array<bool, 256> plain{};
  for (int b = 0x20; b < 0x7F; ++b) plain[static_cast<std::size_t>(b)] = true;
  plain['`'] = false;
  plain['\n'] = true;
  return plain;
}();

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

constexpr std::uint64_t has_zero_byte(std::uint64_t v) { return (v - kOnes) & ~v & kHigh; }

// Whether all 8 bytes are printable ASCII other than the backtick. A '\n' fails here and is
// taken by the byte-wise loop: lines are long enough for that not to matter.
bool all_plain(std::uint64_t word) {
  if (word & kHigh) return false;
  if ((word - kOnes * 0x20) & ~word & kHigh) return false;  // some byte below 0x20
  return !has_zero_byte(word ^ (kOnes * '`')) && !has_zero_byte(word ^ (kOnes * 0x7F));
}

std::uint32_t u32(std::size_t value) { return static_cast<std::uint32_t>(value); }

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
      pieces_(pieces) {}

void Document::Builder::run() {
  text_.reserve(size_ + size_ / 16 + 16);
  while (pos_ < size_) {
    std::size_t stop = plain_run_end(pos_);
    // The last plain character before a combining mark is the start of that mark's piece.
    if (stop > pos_ && stop < size_ && may_be_joined(stop)) --stop;
    if (stop > pos_) copy_plain(stop - pos_);
    if (pos_ < size_) piece();
  }
  pieces_.push_back(Piece{u32(text_.size()), u32(cp_), u32(size_)});
}

std::size_t Document::Builder::plain_run_end(std::size_t from) const {
  std::size_t at = from;
  while (true) {
    while (at + 8 <= size_) {
      std::uint64_t word;
      std::memcpy(&word, in_ + at, sizeof word);
      if (!all_plain(word)) break;
      at += 8;
    }
    const std::size_t limit = std::min(at + 8, size_);
    while (at < limit && kPlain[in_[at]]) ++at;
    if (at < limit || at == size_) return at;
  }
}

bool Document::Builder::may_be_joined(std::size_t at) const {
  // Every code point from U+0300 up has a lead byte of 0xCC or more; below it, only the soft hyphen
  // (C2 AD) matters, because it may stand between a letter and its mark.
  const unsigned lead = in_[at];
  return lead >= 0xCC || (lead == 0xC2 && at + 1 < size_ && in_[at + 1] == 0xAD);
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
  std::size_t end = pos_ + first.length;
  std::size_t code_points = 1;
  const bool crlf = first.code_point == U'\r' && end < size_ && in_[end] == '\n';
  if (crlf) {
    ++end;
    ++code_points;
  }
  end = extend(end, code_points, detail::is_removed(first.code_point));
  if (code_points == 1) {
    single(first);
  } else {
    compound(end, code_points, crlf);
  }
}

void Document::Builder::single(detail::Sequence first) {
  if (auto replacement = detail::rewrite(first.code_point)) {
    rewritten(pos_ + first.length, 1, *replacement);
  } else if (detail::stable_alone(first.code_point)) {
    keep(first.length);
  } else {
    compound(pos_ + first.length, 1, false);
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

void Document::Builder::copy_plain(std::size_t length) {
  while (length > 0) {
    open_run();
    const std::size_t take = std::min(length, kMaxRun - (text_.size() - run_begin_));
    text_.append(reinterpret_cast<const char*>(in_) + pos_, take);
    pos_ += take;
    cp_ += take;  // ASCII: one byte, one code point
    length -= take;
  }
}

void Document::Builder::keep(std::size_t length) {
  open_run();
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

void Document::Builder::open_run() {
  if (run_open_ && text_.size() - run_begin_ < kMaxRun) return;
  pieces_.push_back(Piece{u32(text_.size()), u32(cp_), u32(pos_)});
  run_open_ = true;
  run_begin_ = text_.size();
}

}  // namespace extrait::text
