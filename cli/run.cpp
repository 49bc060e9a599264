#include "run.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>

#include "exit_codes.hpp"
#include "extrait/writers.hpp"
#include "jsonl_input.hpp"
#include "line_reader.hpp"

namespace extrait::cli {

namespace {

struct FileCloser {
  void operator()(std::FILE* f) const {
    if (f != nullptr && f != stdin) std::fclose(f);
  }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

File open_input(const std::string& name) {
  if (name == "-") return File(stdin);
  return File(std::fopen(name.c_str(), "rb"));
}

void write_report(const RunConfig& config, const Report& report) {
  if (config.format == "json") write_json(std::cout, report, true);
  else if (config.format == "jsonl") write_jsonl(std::cout, report);
  else write_text(std::cout, report);
}

void report_error(const RunConfig& config, const std::string& id, const std::string& where,
                  const std::string& message) {
  std::cerr << "extrait: " << where << ": " << message << '\n';
  if (config.format == "jsonl") write_jsonl_error(std::cout, id, message);
}

// Reads a whole file, but never more than `limit` + 1 bytes: a larger one is refused anyway.
bool read_all(std::FILE* in, std::size_t limit, std::string& out, bool& too_large) {
  out.clear();
  too_large = false;
  char buffer[1 << 16];
  while (true) {
    const std::size_t n = std::fread(buffer, 1, sizeof buffer, in);
    if (n == 0) break;
    if (out.size() + n > limit) {
      too_large = true;
      return true;
    }
    out.append(buffer, n);
  }
  return std::ferror(in) == 0;
}

int run_text(const Analyzer& analyzer, const RunConfig& config) {
  int status = ExitCode::ok;
  std::string content;
  for (const std::string& name : config.files) {
    const std::string id = name == "-" ? "stdin" : name;
    File in = open_input(name);
    if (!in) {
      std::cerr << "extrait: " << name << ": cannot open: " << std::strerror(errno) << '\n';
      status = ExitCode::input_unreadable;
      continue;
    }
    bool too_large = false;
    if (!read_all(in.get(), config.options.max_bytes, content, too_large)) {
      std::cerr << "extrait: " << name << ": cannot read: " << std::strerror(errno) << '\n';
      status = ExitCode::input_unreadable;
      continue;
    }
    if (too_large) {
      report_error(config, id, name,
                   "larger than the limit of " + std::to_string(config.options.max_bytes) +
                       " bytes (see --max-bytes)");
      if (status == ExitCode::ok) status = ExitCode::document_failed;
      continue;
    }
    Options options = config.options;
    options.reference_date = config.date;
    auto report = analyzer.analyze(content, options, id);
    if (!report) {
      report_error(config, id, name, report.error().message);
      if (status == ExitCode::ok) status = ExitCode::document_failed;
      continue;
    }
    write_report(config, *report);
  }
  return status;
}

int run_jsonl(const Analyzer& analyzer, const RunConfig& config) {
  int status = ExitCode::ok;
  // A line holds the text JSON-escaped: allow for escapes on top of the document limit.
  const std::size_t max_line = config.options.max_bytes * 2 + (1 << 16);
  std::string line;
  for (const std::string& name : config.files) {
    File in = open_input(name);
    if (!in) {
      std::cerr << "extrait: " << name << ": cannot open: " << std::strerror(errno) << '\n';
      status = ExitCode::input_unreadable;
      continue;
    }
    LineReader reader(in.get(), max_line);
    while (true) {
      const LineReader::Status got = reader.next(line);
      if (got == LineReader::Status::end) break;
      if (got == LineReader::Status::error) {
        std::cerr << "extrait: " << name << ": cannot read: " << std::strerror(errno) << '\n';
        status = ExitCode::input_unreadable;
        break;
      }
      const std::string where = name + ":" + std::to_string(reader.line_number());
      if (got == LineReader::Status::too_long) {
        report_error(config, "line " + std::to_string(reader.line_number()), where,
                     "line longer than " + std::to_string(max_line) + " bytes (see --max-bytes)");
        if (status == ExitCode::ok) status = ExitCode::document_failed;
        continue;
      }
      JsonlDocument doc = parse_jsonl_line(line, reader.line_number());
      if (!doc.error.empty()) {
        report_error(config, doc.id, where, doc.error);
        if (status == ExitCode::ok) status = ExitCode::document_failed;
        continue;
      }
      Options options = config.options;
      options.reference_date = config.date.empty() ? doc.date : config.date;
      auto report = analyzer.analyze(doc.text, options, doc.id);
      if (!report) {
        report_error(config, doc.id, where, report.error().message);
        if (status == ExitCode::ok) status = ExitCode::document_failed;
        continue;
      }
      write_report(config, *report);
      std::cout.flush();  // a pipeline downstream sees each report as soon as it is ready
    }
  }
  return status;
}

}  // namespace

int run(const RunConfig& config) {
  std::ios::sync_with_stdio(false);
  auto analyzer = Analyzer::create(config.analyzer);
  if (!analyzer) {
    std::cerr << "extrait: " << analyzer.error().message << '\n';
    return ExitCode::bad_lexicon;
  }
  // Check --date once, before any input is read.
  Options probe = config.options;
  probe.reference_date = config.date;
  if (auto check = analyzer->analyze("", probe); !check) {
    std::cerr << "extrait: " << check.error().message << '\n';
    return ExitCode::usage;
  }
  const int status = config.input == "jsonl" ? run_jsonl(*analyzer, config) : run_text(*analyzer, config);
  std::cout.flush();
  if (!std::cout) {
    std::cerr << "extrait: cannot write the reports\n";
    return ExitCode::output_failed;
  }
  return status;
}

}  // namespace extrait::cli
