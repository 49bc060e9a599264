// lexicon/embedded.hpp: the lexicon files compiled into the library (see cmake/EmbedLexicons.cmake).
#pragma once

#include <span>
#include <string_view>

namespace extrait::lexicon {

struct EmbeddedFile {
  std::string_view name;     // path under lexicons/, e.g. "currencies.tsv"
  std::string_view content;  // the file's bytes
};

// Every file of lexicons/, sorted by name.
std::span<const EmbeddedFile> embedded_files();

}  // namespace extrait::lexicon
