#include "corpus_file.hpp"

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string_view>

#include "text/utf8.hpp"

namespace extrait::testing {

namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  throw std::invalid_argument(std::string("not a hex digit: ") + c);
}

std::uint32_t hex(std::string_view digits) {
  std::uint32_t value = 0;
  for (char c : digits) value = value * 16 + static_cast<std::uint32_t>(hex_digit(c));
  return value;
}

}  // namespace

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

bool quick_run() {
  const char* env = std::getenv("EXTRAIT_QUICK");
  return env != nullptr && *env != '\0' && std::string_view(env) != "0";
}

std::string unescape(std::string_view in) {
  std::string out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '\\' || i + 1 == in.size()) {
      out.push_back(in[i]);
      continue;
    }
    const char kind = in[++i];
    switch (kind) {
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      case '\\': out.push_back('\\'); break;
      case 'x':
        out.push_back(static_cast<char>(hex(in.substr(i + 1, 2))));
        i += 2;
        break;
      case 'u':
        text::append_utf8(out, hex(in.substr(i + 1, 4)));
        i += 4;
        break;
      case 'U':
        text::append_utf8(out, hex(in.substr(i + 1, 8)));
        i += 8;
        break;
      default: throw std::invalid_argument(std::string("unknown escape \\") + kind);
    }
  }
  return out;
}

}  // namespace extrait::testing
