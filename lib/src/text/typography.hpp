// text/typography.hpp: the characters normalization rewrites, one at a time, and what into.
//
// Typographic variants become the one spelling the extractors match (straight apostrophes and
// double quotes, ASCII hyphen, plain space, '\n'), invisible characters disappear and control
// characters become a space. What stays is French typography that carries meaning: « », the em
// dash, the ellipsis, œ and æ. Canonical composition (NFC) is not here: see composition.hpp.
#pragma once

#include <optional>
#include <string_view>

namespace extrait::text::detail {

// What `cp` becomes, or nullopt when it stays as it is. An empty replacement removes it (soft
// hyphen, zero-width characters, BOM). A lone CR becomes "\n"; CR LF as a pair is the builder's
// business. Replacements are ASCII, so rewriting a replacement changes nothing.
std::optional<std::string_view> rewrite(char32_t cp);

// Whether `cp` disappears from the normalized text.
inline bool is_removed(char32_t cp) {
  auto replacement = rewrite(cp);
  return replacement && replacement->empty();
}

}  // namespace extrait::text::detail
