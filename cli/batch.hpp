// cli/batch.hpp: analyses a batch of documents on several threads, output kept in input order.
//
// The command reads documents into a bounded batch (a number of documents and of bytes), has
// the threads analyse and render them, then writes the batch in order: memory stays bounded
// whatever the input size, and the output is byte-identical whatever the thread count.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "extrait/analyzer.hpp"
#include "run.hpp"

namespace extrait::cli {

struct Job {
  std::string id;
  std::string where;  // "file.txt" or "file.jsonl:12", for messages on stderr
  std::string text;
  std::string date;   // the reference date to use; empty: today
  std::string error;  // set when the input itself was refused (malformed line, too large…)
};

struct Outcome {
  std::string output;  // what goes to standard output for this document
  std::string error;   // a message for stderr, empty when the document was analysed
};

// Analyses jobs[i] into outcomes[i] on `threads` threads (1: in the calling thread).
void analyze_batch(const Analyzer& analyzer, const RunConfig& config, const std::vector<Job>& jobs,
                   std::vector<Outcome>& outcomes, unsigned threads);

// Where a batch ends: this many documents or this many bytes of text, whichever comes first.
inline constexpr std::size_t kBatchDocuments = 256;
inline constexpr std::size_t kBatchBytes = 32u << 20;

}  // namespace extrait::cli
