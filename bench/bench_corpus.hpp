// bench/bench_corpus.hpp: the real articles the benchmarks run on.
#pragma once

#include <string>
#include <vector>

namespace extrait::bench {

struct Article {
  std::string id;
  std::string date;  // YYYY-MM-DD, or a fixed day when the line has none
  std::string text;
};

struct Corpus {
  std::string source;  // the file read, for the benchmark's context line
  std::vector<Article> articles;
  std::size_t bytes = 0;  // of all the texts
};

// EXTRAIT_BENCH_CORPUS (a JSONL file) if set, else ../shared/corpora/orangesum_test.jsonl beside
// the project when it is there, else the project's samples/articles.jsonl. Read once.
const Corpus& corpus();

}  // namespace extrait::bench
