#include "extract/organization/word_classes.hpp"

#include <array>

#include "extract/organization/fold.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

namespace {

// What an ASCII byte puts in a word's key: itself lowered if a letter, a digit or a hyphen;
// 0 where the key ends (an apostrophe ends it too, kept unless the token starts with it).
constexpr std::array<unsigned char, 128> kAsciiKey = [] {
  std::array<unsigned char, 128> t{};
  for (unsigned b = 0; b < 128; ++b) {
    if (WordClasses::keyless(static_cast<unsigned char>(b))) continue;
    t[b] = static_cast<unsigned char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
  }
  return t;
}();

}  // namespace

std::uint64_t WordClasses::hash(std::string_view key) {
  std::uint64_t h = kFnvBasis;  // FNV-1a, then a final mix for the low bits
  for (const char c : key) h = fnv(h, c);
  return mix(h);
}

void WordClasses::grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  // A slot's place depends on its tag alone, so the table grows without its keys.
  for (const Slot& s : old) {
    if (s.tag == 0) continue;
    std::size_t i = first_slot(s.tag);
    while (slots_[i].tag != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void WordClasses::insert(std::string_view key, std::uint64_t bit) {
  serial_ = text::new_serial();
  if ((count_ + 1) * 2 > slots_.size()) grow();
  const std::uint64_t h = hash(key);
  const std::size_t f = h & (kFilterBits - 1);
  filter_[f / 64] |= std::uint64_t{1} << (f % 64);
  const std::uint32_t tag = tag_of(h);
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = first_slot(tag);
  while (slots_[i].tag != 0) {
    if (slots_[i].tag == tag) {
      slots_[i].bits |= bit;
      return;
    }
    i = (i + 1) & mask;
  }
  slots_[i] = {tag, bit};
  ++count_;
}

std::uint64_t WordClasses::lookup(std::uint64_t h) const {
  const std::uint32_t tag = tag_of(h);
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = first_slot(tag); slots_[i].tag != 0; i = (i + 1) & mask) {
    if (slots_[i].tag == tag) return slots_[i].bits;
  }
  return 0;
}

std::uint32_t WordClasses::add_words(const std::vector<std::string>& words) {
  if (used_ >= 32) return 0;
  const std::uint32_t bit = 1u << used_++;
  for (const std::string& w : words) {
    if (!w.empty()) insert(w, bit);
  }
  return bit;
}

void WordClasses::add(PhraseList& list) {
  if (list.unscreened()) return;
  const std::uint32_t bit = add_words(list.first_words());
  list.set_bit(bit);
  if (bit == 0) return;
  for (const std::string& word : list.whole_words()) insert(word, std::uint64_t{bit} << 32);
}

WordClasses::Probe WordClasses::probe(std::string_view text, std::size_t begin, std::size_t end) const {
  Probe p;
  // The token's key, folded into a buffer on the stack (the rule of append_word_key): leading
  // letters, digits and hyphens, and an elision's apostrophe.
  char key[64];
  std::size_t n = 0;
  std::uint64_t h = kFnvBasis;  // the hash of the key, as it is written
  const auto put = [&](unsigned b) {
    key[n++] = static_cast<char>(b);
    h = fnv(h, static_cast<char>(b));
  };
  std::size_t i = begin;
  while (i < end) {
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      const unsigned char k = kAsciiKey[b];
      if (k == 0) {
        if (b == '\'' && i > begin && n < sizeof key) put('\'');
        break;
      }
      if (n >= sizeof key) return p;
      put(k);
      ++i;
      continue;
    }
    // (A letter of Latin-1 or Latin Extended-A, nearly every one past ASCII in French, is
    // decoded and told a letter inline.)
    const auto [c, len] = text::decode(text, i);
    if (!text::is_letter(c) && !text::is_digit(c)) break;
    // The folded letter, encoded in UTF-8 straight into the buffer.
    const char32_t f = fold(c);
    if (n + 4 > sizeof key) return p;
    if (f < 0x80) {
      put(f);
    } else if (f < 0x800) {
      put(0xC0 | (f >> 6));
      put(0x80 | (f & 0x3F));
    } else if (f < 0x10000) {
      put(0xE0 | (f >> 12));
      put(0x80 | ((f >> 6) & 0x3F));
      put(0x80 | (f & 0x3F));
    } else {
      put(0xF0 | (f >> 18));
      put(0x80 | ((f >> 12) & 0x3F));
      put(0x80 | ((f >> 6) & 0x3F));
      put(0x80 | (f & 0x3F));
    }
    i += len;
  }
  if (n == 0) return p;
  p.plain = i == end;
  p.hash = mix(h);
  // Most words of a text are in no list: the filter, in cache, turns them away.
  p.listed = filtered(p.hash);
  if (p.listed) __builtin_prefetch(&slots_[first_slot(tag_of(p.hash))]);
  return p;
}

}  // namespace extrait::extract::names
