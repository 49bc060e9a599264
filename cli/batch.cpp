#include "batch.hpp"

#include <atomic>
#include <sstream>
#include <thread>

#include "extrait/writers.hpp"

namespace extrait::cli {

namespace {

Outcome analyze_one(const Analyzer& analyzer, const RunConfig& config, const Job& job) {
  Outcome outcome;
  std::ostringstream out;
  if (!job.error.empty()) {
    outcome.error = job.error;
  } else {
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
  }
  if (!outcome.error.empty() && config.format == "jsonl") write_jsonl_error(out, job.id, outcome.error);
  outcome.output = out.str();
  return outcome;
}

}  // namespace

void analyze_batch(const Analyzer& analyzer, const RunConfig& config, const std::vector<Job>& jobs,
                   std::vector<Outcome>& outcomes, unsigned threads) {
  outcomes.assign(jobs.size(), Outcome{});
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < jobs.size();) outcomes[i] = analyze_one(analyzer, config, jobs[i]);
  };
  const unsigned helpers = threads > 1 ? static_cast<unsigned>(std::min<std::size_t>(threads, jobs.size())) - 1 : 0;
  std::vector<std::thread> pool;
  pool.reserve(helpers);
  for (unsigned t = 0; t < helpers; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace extrait::cli
