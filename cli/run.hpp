// cli/run.hpp: reads the inputs, analyses each document, writes each report.
#pragma once

#include <string>
#include <vector>

#include "extrait/analyzer.hpp"

namespace extrait::cli {

struct RunConfig {
  std::vector<std::string> files;  // "-" is standard input
  std::string input = "text";      // text or jsonl
  std::string format = "text";     // text, json or jsonl
  std::string date;                // --date; empty: the line's date, else today
  unsigned threads = 1;            // documents analysed in parallel
  Options options;
  AnalyzerConfig analyzer;
};

// Returns the exit code (exit_codes.hpp).
int run(const RunConfig& config);

// The analyzer run() built, left alive until the process ends (see run.cpp).
extern const Analyzer* process_analyzer;

}  // namespace extrait::cli
