// tests/test_text_keys.cpp: the keys of short words (text/short_key.hpp), which the summary's
// spelling table and the names' word cache compare: two ways of making them, one key. And the
// tests of eight ASCII bytes at once (text/byte_words.hpp) that the segmenter's keys of elided
// forms are lowered and checked with.
#define BOOST_TEST_MODULE text_keys
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>
#include <string_view>

#include "text/byte_words.hpp"
#include "text/short_key.hpp"

namespace {

using extrait::text::short_key;
using extrait::text::ShortKey;

// The key by its definition: the first bytes of `word`, at most 16, in a zeroed buffer.
ShortKey reference_key(std::string_view word) {
  char padded[16] = {};
  std::memcpy(padded, word.data(), std::min<std::size_t>(word.size(), 16));
  ShortKey k;
  std::memcpy(&k.head, padded, 8);
  std::memcpy(&k.tail, padded + 8, 8);
  return k;
}

bool same(const ShortKey& a, const ShortKey& b) { return a.head == b.head && a.tail == b.tail; }

}  // namespace

// Every place and length of a text, near its end too (where 16 bytes cannot be read at once):
// the key read inside the text, the key of the word alone and the definition agree.
BOOST_AUTO_TEST_CASE(keys_read_in_a_text_are_the_keys_of_the_words) {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> byte(1, 255);
  std::size_t disagreements = 0;
  for (int round = 0; round < 20; ++round) {
    std::string text;
    for (int k = 0; k < 40; ++k) text += static_cast<char>(byte(rng));
    for (std::size_t begin = 0; begin < text.size(); ++begin) {
      for (std::size_t n = 0; n <= 16 && begin + n <= text.size(); ++n) {
        const std::string_view word = std::string_view(text).substr(begin, n);
        const ShortKey want = reference_key(word);
        if (!same(short_key(text, begin, n), want) || !same(short_key(word), want)) ++disagreements;
      }
    }
  }
  BOOST_TEST(disagreements == 0u);
}

// A word longer than 16 bytes is keyed by its first 16; words that differ only in their
// zero-padding's place (lengths) get different keys.
BOOST_AUTO_TEST_CASE(long_words_are_keyed_by_their_first_sixteen_bytes) {
  const std::string word = "anticonstitutionnellement";
  BOOST_TEST(same(short_key(word), reference_key(word.substr(0, 16))));
  BOOST_TEST(!same(short_key("de"), short_key("des")));
  BOOST_TEST(same(short_key(""), ShortKey{}));
}

// Words of eight ASCII bytes, zeros and capitals among them: the flags of every byte are exact,
// as a test of each byte alone says, in memory order whatever the machine's.
BOOST_AUTO_TEST_CASE(ascii_words_tested_eight_bytes_at_once) {
  namespace bytes = extrait::text::bytes;
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> byte(0, 127);
  std::size_t disagreements = 0;
  for (int round = 0; round < 20000; ++round) {
    unsigned char word[8], zero_flags[8] = {}, upper_flags[8] = {}, lower[8];
    std::size_t zeros = 0;
    for (std::size_t k = 0; k < 8; ++k) {
      // One round in three of zeros, spaces, '@' and '`' only, the bytes around the tests' edges.
      word[k] = static_cast<unsigned char>(round % 3 == 0 ? byte(rng) % 4 * 0x20 : byte(rng));
      const bool capital = word[k] >= 'A' && word[k] <= 'Z';
      if (word[k] == 0) zero_flags[k] = 0x80, ++zeros;
      if (capital) upper_flags[k] = 0x80;
      lower[k] = static_cast<unsigned char>(capital ? word[k] + 32 : word[k]);
    }
    const std::uint64_t w = bytes::load8(word);
    if (bytes::ascii_zero(w) != bytes::load8(zero_flags) || bytes::ascii_upper(w) != bytes::load8(upper_flags)) {
      ++disagreements;
    }
    if (bytes::ascii_to_lower(w) != bytes::load8(lower) || bytes::marked_bytes(bytes::ascii_zero(w)) != zeros) {
      ++disagreements;
    }
  }
  BOOST_TEST(disagreements == 0u);
}
