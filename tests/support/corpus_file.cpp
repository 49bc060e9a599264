#include "corpus_file.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace extrait::testing {

std::vector<CorpusLine> read_corpus(const std::string& name) {
  std::ifstream in(std::string(EXTRAIT_TEST_CORPUS) + "/" + name, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open test corpus " + name);
  std::vector<CorpusLine> lines;
  std::string line;
  for (std::size_t n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    CorpusLine entry;
    entry.where = name + ":" + std::to_string(n);
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      entry.fields.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    lines.push_back(std::move(entry));
  }
  if (lines.empty()) throw std::runtime_error("test corpus " + name + " has no example");
  return lines;
}

std::string shared_dir() {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(EXTRAIT_SOURCE_DIR).parent_path() / "shared";
  if (const char* env = std::getenv("EXTRAIT_SHARED_DIR")) dir = env;
  return fs::is_directory(dir) ? dir.string() : std::string();
}

}  // namespace extrait::testing
