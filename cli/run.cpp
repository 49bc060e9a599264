#include "run.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "ordered_pool.hpp"
#include "exit_codes.hpp"
#include "jsonl_input.hpp"
#include "line_reader.hpp"
#include "progress.hpp"

namespace extrait::cli {

namespace {

// An input descriptor: standard input for "-", else the file, closed at the end.
class Input {
 public:
  explicit Input(const std::string& name)
      : fd_(name == "-" ? STDIN_FILENO : ::open(name.c_str(), O_RDONLY | O_CLOEXEC)), owned_(name != "-") {}
  ~Input() {
    if (owned_ && fd_ >= 0) ::close(fd_);
  }
  Input(const Input&) = delete;
  Input& operator=(const Input&) = delete;
  int fd() const { return fd_; }
  bool ok() const { return fd_ >= 0; }

 private:
  int fd_;
  bool owned_;
};

// Has the documents analysed as they come and writes their reports in input order.
class Reports {
 public:
  Reports(const Analyzer& analyzer, const RunConfig& config, std::size_t total_bytes)
      : progress_(total_bytes),
        pool_(analyzer, config, config.threads, [this](const Job& job, const Outcome& outcome) { write(job, outcome); }) {}

  void add(Job job) { pool_.submit(std::move(job)); }

  // Writes every pending report, so that a pipeline downstream sees it now: before the command
  // waits for more input, and at the end.
  void flush() {
    pool_.drain();
    std::cout.flush();
  }

  bool failed() const { return failed_; }

 private:
  void write(const Job& job, const Outcome& outcome) {
    std::cout << outcome.output;
    if (!outcome.error.empty()) {
      std::cerr << "extrait: " << job.where << ": " << outcome.error << '\n';
      failed_ = true;
    }
    progress_.advance(1, job.text.size());
  }

  Progress progress_;
  bool failed_ = false;
  OrderedPool pool_;  // last: its workers stop before what its sink uses goes
};

// Reads a whole descriptor, but never more than `limit` bytes: a larger input is refused anyway
// (the rest is drained so that a pipe writer does not block).
bool read_all(int fd, std::size_t limit, std::string& out, bool& too_large) {
  out.clear();
  too_large = false;
  char buffer[1 << 16];
  while (true) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    if (n == 0) return true;
    if (!too_large && out.size() + static_cast<std::size_t>(n) > limit) {
      too_large = true;
      out.clear();
      out.shrink_to_fit();
    }
    if (!too_large) out.append(buffer, static_cast<std::size_t>(n));
  }
}

std::size_t total_size(const std::vector<std::string>& files) {
  std::size_t total = 0;
  for (const std::string& name : files) {
    struct stat st {};
    if (name == "-" || ::stat(name.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;  // unknown
    total += static_cast<std::size_t>(st.st_size);
  }
  return total;
}

std::string too_large_message(std::size_t limit) {
  return "larger than the limit of " + std::to_string(limit) + " bytes (see --max-bytes)";
}

int run_text(Reports& reports, const RunConfig& config) {
  int status = ExitCode::ok;
  for (const std::string& name : config.files) {
    Input in(name);
    if (!in.ok()) {
      std::cerr << "extrait: " << name << ": cannot open: " << std::strerror(errno) << '\n';
      status = ExitCode::input_unreadable;
      continue;
    }
    Job job;
    job.id = name == "-" ? "stdin" : name;
    job.where = name;
    job.date = config.date;
    bool too_large = false;
    if (!read_all(in.fd(), config.options.max_bytes, job.text, too_large)) {
      std::cerr << "extrait: " << name << ": cannot read: " << std::strerror(errno) << '\n';
      status = ExitCode::input_unreadable;
      continue;
    }
    if (too_large) job.error = too_large_message(config.options.max_bytes);
    reports.add(std::move(job));
  }
  return status;
}

int run_jsonl(Reports& reports, const RunConfig& config) {
  int status = ExitCode::ok;
  // A line holds the text JSON-escaped: allow for escapes on top of the document limit.
  const std::size_t max_line = config.options.max_bytes * 2 + (1 << 16);
  std::string line;
  for (const std::string& name : config.files) {
    Input in(name);
    if (!in.ok()) {
      std::cerr << "extrait: " << name << ": cannot open: " << std::strerror(errno) << '\n';
      status = ExitCode::input_unreadable;
      continue;
    }
    LineReader reader(in.fd(), max_line);
    while (true) {
      if (reader.would_block()) reports.flush();  // write what is ready before waiting for more
      const LineReader::Status got = reader.next(line);
      if (got == LineReader::Status::end) break;
      if (got == LineReader::Status::error) {
        std::cerr << "extrait: " << name << ": cannot read: " << std::strerror(errno) << '\n';
        status = ExitCode::input_unreadable;
        break;
      }
      Job job;
      job.where = name + ":" + std::to_string(reader.line_number());
      if (got == LineReader::Status::too_long) {
        job.id = "line " + std::to_string(reader.line_number());
        job.error = "line longer than " + std::to_string(max_line) + " bytes (see --max-bytes)";
      } else {
        JsonlDocument doc = parse_jsonl_line(line, reader.line_number());
        job.id = std::move(doc.id);
        job.text = std::move(doc.text);
        job.error = std::move(doc.error);
        job.date = config.date.empty() ? doc.date : config.date;
      }
      reports.add(std::move(job));
    }
  }
  return status;
}

}  // namespace

const Analyzer* process_analyzer = nullptr;

int run(const RunConfig& config) {
  std::ios::sync_with_stdio(false);
  auto created = Analyzer::create(config.analyzer);
  if (!created) {
    std::cerr << "extrait: " << created.error().message << '\n';
    return ExitCode::bad_lexicon;
  }
  // Kept until the process ends, never destroyed: freeing the lexicons' hundreds of thousands of
  // nodes took a tenth of the start-up time of a short run, for memory the exit returns anyway.
  // A global of external linkage holds it, so that it stays reachable (LeakSanitizer does not
  // count it) and no optimizer drops the store.
  process_analyzer = new Analyzer(std::move(created.value()));
  const Analyzer* const analyzer = process_analyzer;
  // Check --date once, before any input is read.
  Options probe = config.options;
  probe.reference_date = config.date;
  if (auto check = analyzer->analyze("", probe); !check) {
    std::cerr << "extrait: " << check.error().message << '\n';
    return ExitCode::usage;
  }
  int status;
  bool failed;
  {
    Reports reports(*analyzer, config, total_size(config.files));
    status = config.input == "jsonl" ? run_jsonl(reports, config) : run_text(reports, config);
    reports.flush();
    failed = reports.failed();
  }
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "extrait: cannot write the reports\n";
    return ExitCode::output_failed;
  }
  if (status == ExitCode::ok && failed) status = ExitCode::document_failed;
  return status;
}

}  // namespace extrait::cli
