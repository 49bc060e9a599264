// text/hash.hpp: a fast hash of a byte string, for tables and fingerprints within one process.
//
// Eight bytes a step, each mixed in by a multiplication and a shift; the tail is read as one
// zero-padded word. Not stable across versions nor meant to resist chosen inputs: the tables that
// use it only need spellings spread over their slots, and the caches a fingerprint of a text.
#pragma once

#include <cstdint>
#include <cstring>
#include <string_view>

namespace extrait::text {

inline std::uint64_t hash_bytes(std::string_view s) {
  std::uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
  }
  std::uint64_t tail = 0;
  std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
  return h ^ (h >> 29);
}

}  // namespace extrait::text
