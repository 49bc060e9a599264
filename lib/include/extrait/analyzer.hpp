// extrait/analyzer.hpp: the entry point of the library.
//
//   auto analyzer = extrait::Analyzer::create();          // loads the lexicons once
//   extrait::Options options;
//   options.reference_date = "2025-12-17";
//   auto report = analyzer->analyze(text, options);     // const: call it from many threads
//   if (report) extrait::write_json(std::cout, *report);
//
// An Analyzer is immutable once built: its lexicons, compiled patterns and break iterators are
// shared read-only by every call to analyze(), which keeps its working state on its own stack.
#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "extrait/error.hpp"
#include "extrait/report.hpp"

namespace extrait {

struct Options {
  // The day relative expressions ("hier", "l'an dernier") resolve against, as YYYY-MM-DD.
  // Empty: today, in the machine's local time zone.
  std::string reference_date;
  // The entity types wanted; the default leaves out `number` (plain counts).
  std::vector<EntityType> types = {EntityType::money,    EntityType::percent,
                                   EntityType::date,     EntityType::duration,
                                   EntityType::organization, EntityType::person};
  std::size_t summary_sentences = 3;  // 0: use summary_words
  std::size_t summary_words = 0;      // a word budget instead of a sentence count, when non-zero
  std::size_t max_bytes = 16u << 20;  // longer inputs are refused with ErrorCode::too_large
};

struct AnalyzerConfig {
  // Directories whose *.tsv and *.txt files add entries to the built-in lexicons of the same
  // name (organizations, currencies, first names, …). Read in sorted order, so the result does
  // not depend on the file system.
  std::vector<std::filesystem::path> lexicon_dirs;
};

class Analyzer {
 public:
  static Result<Analyzer> create(const AnalyzerConfig& config = {});

  // Analyses one document. `text` must be UTF-8 (a BOM and CRLF line ends are accepted); `id`
  // names it in the report.
  Result<Report> analyze(std::string_view text, const Options& options,
                         std::string_view id = "stdin") const;

  struct Impl;

 private:
  explicit Analyzer(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

// The library's version, "MAJOR.MINOR.PATCH".
std::string_view version();

}  // namespace extrait
