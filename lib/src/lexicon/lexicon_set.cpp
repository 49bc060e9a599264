#include "lexicon/lexicon_set.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "lexicon/embedded.hpp"
#include "text/utf8.hpp"

namespace extrait::lexicon {

namespace {

const std::vector<Row>& no_rows() {
  static const std::vector<Row> empty;
  return empty;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<Row> LexiconSet::parse(std::string_view content, std::string_view name) {
  std::vector<Row> rows;
  rows.reserve(static_cast<std::size_t>(std::count(content.begin(), content.end(), '\n')) + 1);
  std::size_t line_no = 0;
  while (!content.empty()) {
    std::size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
    ++line_no;
    line = trim(line);
    if (line.empty() || line.front() == '#') continue;
    Row row;
    const std::string line_text = std::to_string(line_no);
    row.source.reserve(name.size() + 1 + line_text.size());
    row.source.append(name).append(1, ':').append(line_text);
    row.fields.reserve(static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1);
    while (true) {
      std::size_t tab = line.find('\t');
      row.fields.emplace_back(trim(line.substr(0, tab)));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    while (row.fields.size() > 1 && row.fields.back().empty()) row.fields.pop_back();
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<LexiconSet> LexiconSet::load(const std::vector<std::filesystem::path>& extra_dirs) {
  LexiconSet set;
  for (const EmbeddedFile& file : embedded_files()) {
    set.add(std::string(file.name), parse(file.content, file.name));
  }
  namespace fs = std::filesystem;
  for (const fs::path& dir : extra_dirs) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
      return Error{ErrorCode::bad_lexicon, "lexicon directory not found: " + dir.string(), {}};
    }
    std::vector<fs::path> paths;
    for (const auto& entry : fs::recursive_directory_iterator(dir, ec)) {
      const auto ext = entry.path().extension();
      if (entry.is_regular_file() && (ext == ".tsv" || ext == ".txt")) paths.push_back(entry.path());
    }
    if (ec) return Error{ErrorCode::bad_lexicon, "cannot list " + dir.string() + ": " + ec.message(), {}};
    std::sort(paths.begin(), paths.end());  // the file system's order is not deterministic
    for (const fs::path& path : paths) {
      std::ifstream in(path, std::ios::binary);
      std::stringstream content;
      content << in.rdbuf();
      if (!in) return Error{ErrorCode::bad_lexicon, "cannot read lexicon " + path.string(), {}};
      const std::string bytes = content.str();
      if (auto bad = text::find_invalid_utf8(bytes)) {
        return Error{ErrorCode::bad_lexicon,
                     "lexicon " + path.string() + " is not UTF-8 (byte " + std::to_string(*bad) + ")",
                     bad};
      }
      const std::string name = fs::relative(path, dir, ec).generic_string();
      set.add(name, parse(bytes, path.string()));
    }
  }
  return set;
}

void LexiconSet::add(std::string name, std::vector<Row> rows) {
  auto& into = files_[std::move(name)];
  // Moved, not copied: the lexicons hold tens of thousands of rows, and copying them was a tenth
  // of the start-up.
  if (into.empty()) {
    into = std::move(rows);
  } else {
    into.insert(into.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
  }
}

const std::vector<Row>& LexiconSet::rows(std::string_view file) const {
  auto it = files_.find(file);
  return it == files_.end() ? no_rows() : it->second;
}

std::vector<std::string> LexiconSet::first_fields(std::string_view file) const {
  std::vector<std::string> out;
  for (const Row& row : rows(file)) out.push_back(row.fields.front());
  return out;
}

}  // namespace extrait::lexicon
