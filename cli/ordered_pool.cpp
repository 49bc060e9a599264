#include "ordered_pool.hpp"

#include <exception>
#include <optional>
#include <ostream>
#include <sstream>
#include <streambuf>
#include <utility>

#include "extrait/writers.hpp"

namespace extrait::cli {

namespace {

// A stream buffer that appends what is written to a string. The JSON writers hand over a report in
// one piece (report/json_out.hpp): appended straight to the outcome, it needs no stringstream,
// which costs more to set up, grows its string a doubling at a time and is then moved out.
class StringAppender final : public std::streambuf {
 public:
  explicit StringAppender(std::string& out) : out_(out) {}

 protected:
  std::streamsize xsputn(const char* bytes, std::streamsize n) override {
    out_.append(bytes, static_cast<std::size_t>(n));
    return n;
  }
  int_type overflow(int_type c) override {
    if (!traits_type::eq_int_type(c, traits_type::eof())) out_.push_back(traits_type::to_char_type(c));
    return traits_type::not_eof(c);
  }

 private:
  std::string& out_;
};

}  // namespace

Outcome analyze_job(const Analyzer& analyzer, const RunConfig& config, const Job& job) {
  Outcome outcome;
  // JSON goes straight into the outcome; text and Markdown, written a few bytes at a time, into a
  // stringstream moved out at the end.
  const bool json = config.format == "json" || config.format == "jsonl";
  StringAppender appender(outcome.output);
  std::ostream direct(&appender);
  std::optional<std::ostringstream> buffered;
  if (!json) buffered.emplace();
  std::ostream& out = json ? direct : *buffered;
  if (!job.error.empty()) {
    outcome.error = job.error;
  } else {
    try {
      Options options = config.options;
      options.reference_date = job.date;
      auto report = analyzer.analyze(job.text, options, job.id);
      if (report) {
        if (config.format == "json") write_json(out, *report, true);
        else if (config.format == "jsonl") write_jsonl(out, *report);
        else if (config.format == "markdown") write_markdown(out, *report, job.text);
        else write_text(out, *report, job.text);
      } else {
        outcome.error = report.error().message;
      }
    } catch (const std::exception& e) {
      if (json) outcome.output.clear();
      else buffered->str({});
      outcome.error = std::string("the analysis failed: ") + e.what();
    }
  }
  if (!outcome.error.empty() && config.format == "jsonl") write_jsonl_error(out, job.id, outcome.error);
  // Moved out, not copied: a long document's report is tens of megabytes.
  if (!json) outcome.output = std::move(*buffered).str();
  return outcome;
}

OrderedPool::OrderedPool(const Analyzer& analyzer, const RunConfig& config, unsigned threads, Sink sink)
    : analyzer_(analyzer), config_(config), sink_(std::move(sink)) {
  if (threads <= 1) return;
  workers_.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) workers_.emplace_back([this] { work(); });
}

OrderedPool::~OrderedPool() {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  submitted_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void OrderedPool::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    submitted_.wait(lock, [this] { return stopping_ || taken_ < slots_.size(); });
    if (stopping_) return;
    Slot& slot = slots_[taken_++];
    if (worth_waking()) finished_.notify_one();  // the workers may be running out of documents
    lock.unlock();
    Outcome outcome = analyze_job(analyzer_, config_, slot.job);
    lock.lock();
    slot.outcome = std::move(outcome);
    slot.done = true;
    if (worth_waking()) finished_.notify_one();
  }
}

// Whether the calling thread, waiting, has enough to do: the oldest slot is finished (only it can
// be written) and so are kHandOver in a row, or the workers are about to run out of documents,
// or drain() is waiting.
bool OrderedPool::worth_waking() const {
  if (slots_.empty() || !slots_.front().done) return false;
  if (draining_ || slots_.size() - taken_ < workers_.size()) return true;
  std::size_t finished = 0;
  for (const Slot& slot : slots_) {
    if (!slot.done) return false;
    if (++finished == kHandOver) return true;
  }
  return true;  // every slot in flight is finished
}

void OrderedPool::hand_over_finished(std::unique_lock<std::mutex>& lock) {
  while (!slots_.empty() && slots_.front().done) {
    Slot slot = std::move(slots_.front());
    slots_.pop_front();
    --taken_;
    bytes_ -= slot.job.text.size();
    lock.unlock();  // the sink writes: the workers go on meanwhile
    sink_(slot.job, slot.outcome);
    lock.lock();
  }
}

void OrderedPool::submit(Job job) {
  if (workers_.empty()) {
    sink_(job, analyze_job(analyzer_, config_, job));
    return;
  }
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    hand_over_finished(lock);
    if (slots_.size() < kWindowDocuments && bytes_ < kWindowBytes) break;
    finished_.wait(lock, [this] { return worth_waking(); });
  }
  bytes_ += job.text.size();
  slots_.push_back(Slot{std::move(job), {}, false});
  lock.unlock();
  submitted_.notify_one();
}

void OrderedPool::drain() {
  std::unique_lock<std::mutex> lock(mutex_);
  draining_ = true;
  while (true) {
    hand_over_finished(lock);
    if (slots_.empty()) break;
    finished_.wait(lock, [this] { return worth_waking(); });
  }
  draining_ = false;
}

}  // namespace extrait::cli
