// lexicon/lexicon_set.hpp: the lexicons, as rows of fields.
//
// Every lexicon is plain UTF-8 text a linguist can edit: one entry a line, fields separated by
// tabs, '#' starting a comment line, blank lines ignored. The built-in files are compiled into the
// library; files of the same name in extra directories add rows after them.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/error.hpp"

namespace extrait::lexicon {

struct Row {
  std::vector<std::string> fields;  // at least one, none empty at the front
  std::string source;               // "currencies.tsv:12", for error messages
};

class LexiconSet {
 public:
  // The built-in lexicons, then the *.tsv and *.txt files of each directory in `extra_dirs`.
  static Result<LexiconSet> load(const std::vector<std::filesystem::path>& extra_dirs);
  // Parses one file's content into rows (exposed for tests).
  static std::vector<Row> parse(std::string_view content, std::string_view name);

  // The rows of one lexicon, e.g. rows("currencies.tsv"); empty if there is no such file.
  const std::vector<Row>& rows(std::string_view file) const;
  // The first field of every row: for one-column lists such as abbreviations.txt.
  std::vector<std::string> first_fields(std::string_view file) const;

 private:
  // Appends `rows` to the lexicon `name` (a file of an extra directory adds to the built-in one).
  void add(std::string name, std::vector<Row> rows);

  std::map<std::string, std::vector<Row>, std::less<>> files_;
};

// Calls f on each "|"-separated variant of a lexicon field ("Groupe|groupe"), spaces around a
// variant trimmed, empty variants skipped.
template <typename F>
void for_each_variant(std::string_view field, F f) {
  while (!field.empty()) {
    const std::size_t bar = field.find('|');
    std::string_view v = field.substr(0, bar);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (!v.empty()) f(v);
    if (bar == std::string_view::npos) break;
    field.remove_prefix(bar + 1);
  }
}

}  // namespace extrait::lexicon
