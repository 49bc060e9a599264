#include "bench_corpus.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace extrait::bench {

namespace {

Corpus load(const std::filesystem::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  Corpus c;
  c.source = path.string();
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    Article a;
    a.id = j.value("id", std::string("?"));
    a.text = j["text"].get<std::string>();
    a.date = j.contains("date") && j["date"].is_string() ? j["date"].get<std::string>() : "2020-01-01";
    c.bytes += a.text.size();
    c.articles.push_back(std::move(a));
  }
  if (c.articles.empty()) throw std::runtime_error("no article in " + path.string());
  return c;
}

}  // namespace

const Corpus& corpus() {
  static const Corpus c = [] {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("EXTRAIT_BENCH_CORPUS"); env != nullptr && *env != '\0') return load(env);
    const fs::path source = EXTRAIT_SOURCE_DIR;
    const fs::path shared = source / ".." / "shared" / "corpora" / "orangesum_test.jsonl";
    if (fs::exists(shared)) return load(shared);
    return load(source / "samples" / "articles.jsonl");
  }();
  return c;
}

}  // namespace extrait::bench
