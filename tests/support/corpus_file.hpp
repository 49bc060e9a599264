// tests/support/corpus_file.hpp: reads the French example files of tests/corpus/.
//
// One example a line: fields separated by tabs, '#' starts a comment line, blank lines are skipped.
// Adding a case is adding a line; a failure names the file and line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace extrait::testing {

struct CorpusLine {
  std::vector<std::string> fields;
  std::string where;  // "money.tsv:12"
};

// Reads tests/corpus/<name>; fails the calling test if the file is missing or empty.
std::vector<CorpusLine> read_corpus(const std::string& name);

// The escapes of the corpus files: \xNN is a raw byte, \uXXXX and \UXXXXXXXX a code point written
// in UTF-8, \n \r \t \\ as in C; any other escape throws std::invalid_argument.
std::string unescape(std::string_view in);

// The path of ../shared beside the project, or empty when it is absent (tests that use it skip).
std::string shared_dir();

// True when EXTRAIT_QUICK is set to anything but "0" (scripts/sanitize sets it): exhaustive loops
// then run over a smaller range, since the code runs several times slower under the sanitizers.
bool quick_run();

}  // namespace extrait::testing
