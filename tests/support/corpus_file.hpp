// tests/support/corpus_file.hpp: reads the French example files of tests/corpus/.
//
// One example a line: fields separated by tabs, '#' starts a comment line, blank lines are skipped.
// Adding a case is adding a line; a failure names the file and line.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace extrait::testing {

struct CorpusLine {
  std::vector<std::string> fields;
  std::string where;  // "money.tsv:12"
};

// Reads tests/corpus/<name>; fails the calling test if the file is missing or empty.
std::vector<CorpusLine> read_corpus(const std::string& name);

// The path of ../shared beside the project, or empty when it is absent (tests that use it skip).
std::string shared_dir();

}  // namespace extrait::testing
