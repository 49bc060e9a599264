// cli/ordered_pool.hpp: analyses documents on worker threads as they are read, and hands the outcomes
// back in input order.
//
// The calling thread reads and submits documents; `threads` workers analyse them, living for the
// whole run so that their per-thread caches stay warm; the calling thread hands each outcome to
// the sink as soon as it and every earlier one are done. There is no barrier between groups of
// documents, so no core waits for the slowest document of a group. At most kWindowDocuments
// documents, or kWindowBytes bytes of text, are in flight: memory stays bounded whatever the input
// size. Each document is analysed on its own, so the output is byte-identical whatever the thread
// count.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
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

// Analyses one job and renders it in the format asked. An exception from the analysis (out of
// memory) becomes the document's error: the other documents go on.
Outcome analyze_job(const Analyzer& analyzer, const RunConfig& config, const Job& job);

// How many documents, and bytes of their text, may be read ahead of the one written last.
inline constexpr std::size_t kWindowDocuments = 256;
inline constexpr std::size_t kWindowBytes = 32u << 20;
// How many finished documents wake the calling thread when the window is full: it then writes
// them and reads as many more in one go, instead of trading one document at a time with the
// workers (a wake-up, and on a busy machine a context switch, per document).
inline constexpr std::size_t kHandOver = kWindowDocuments / 4;

class OrderedPool {
 public:
  // Called in input order, in the thread that calls submit() and drain().
  using Sink = std::function<void(const Job&, const Outcome&)>;

  // `threads` 1: no worker, each document is analysed as it is submitted.
  OrderedPool(const Analyzer& analyzer, const RunConfig& config, unsigned threads, Sink sink);
  // Stops the workers; documents not drained are dropped (call drain() first).
  ~OrderedPool();
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // Queues a document; while the window is full, hands finished outcomes to the sink and waits.
  void submit(Job job);
  // Waits for every document submitted and hands their outcomes to the sink.
  void drain();

 private:
  struct Slot {
    Job job;
    Outcome outcome;
    bool done = false;
  };
  void work();
  void hand_over_finished(std::unique_lock<std::mutex>& lock);
  bool worth_waking() const;

  const Analyzer& analyzer_;
  const RunConfig& config_;
  Sink sink_;
  std::mutex mutex_;
  std::condition_variable submitted_;  // workers wait for a slot to take
  std::condition_variable finished_;   // the calling thread waits for the oldest slot
  std::deque<Slot> slots_;             // in input order; references stay valid as it grows
  std::size_t taken_ = 0;              // slots_[0, taken_) are taken by a worker
  std::size_t bytes_ = 0;              // text bytes of the slots in flight
  bool stopping_ = false;
  bool draining_ = false;              // drain() waits: every finished oldest slot matters
  std::vector<std::thread> workers_;
};

}  // namespace extrait::cli
