// bench/bench_stages.cpp: the throughput of each stage of the pipeline on real French articles.
//
//   build-bench/bench/extrait_bench                          every stage
//   build-bench/bench/extrait_bench --benchmark_filter=extract/
//
// One iteration runs a stage over every article of the corpus (bench_corpus.hpp); each stage
// reads what the stages before it produced, prepared once outside the timing, as Analyzer::analyze
// would hand it over. Every rate is in bytes of the input as received per second, whatever the
// stage reads, so that the rates of the stages add up as times: 1/rate(analyze) is about the sum
// of 1/rate(stage) over the stages.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench_corpus.hpp"
#include "extrait/extrait.hpp"
#include "facts/fact_finder.hpp"
#include "lexicon/lexicon_set.hpp"
#include "numbers/quantity.hpp"
#include "pipeline/resolve.hpp"
#include "pipeline/stages.hpp"
#include "segment/lexemes.hpp"
#include "segment/segmenter.hpp"
#include "summary/summarizer.hpp"
#include "text/document.hpp"
#include "text/utf8.hpp"

namespace extrait::bench {

namespace {

// The stages an Analyzer holds, built the same way (pipeline/stages.hpp), so that each can run
// alone, and an Analyzer for the whole.
struct Engine : pipeline::Stages {
  Analyzer analyzer;

  explicit Engine(lexicon::LexiconSet set) : Stages(std::move(set)), analyzer(std::move(Analyzer::create().value())) {}
};

const Engine& engine() {
  static const Engine e(std::move(lexicon::LexiconSet::load({}).value()));
  return e;
}

// One article with the output of every stage, as analyze() builds them.
struct Prepared {
  const Article* article;
  std::unique_ptr<text::Document> doc;
  segment::Segmentation segmentation;
  std::vector<numbers::Quantity> quantities;
  std::vector<extract::Mention> mentions;  // every extractor's, before resolution
  Report report;                           // analyze()'s
  std::vector<facts::TextRange> ranges;    // the normalized bytes of each entity of the report
};

Options options_for(const Article& a) {
  Options o;
  o.reference_date = a.date;
  return o;
}

std::vector<Prepared>& prepared() {
  static std::vector<Prepared> all = [] {
    const Engine& e = engine();
    std::vector<Prepared> out;
    for (const Article& a : corpus().articles) {
      if (text::find_invalid_utf8(a.text) || a.text.find('\0') != std::string::npos) continue;
      Prepared p;
      p.article = &a;
      p.doc = std::make_unique<text::Document>(a.text);
      p.segmentation = e.segmenter.segment(p.doc->text());
      p.quantities = e.quantities.find_all(p.doc->text());
      const extract::DocumentView view{p.doc->text(), p.segmentation, p.quantities, a.date};
      for (const auto& x : e.extractors) x->extract(view, p.mentions);
      const Options options = options_for(a);
      auto report = e.analyzer.analyze(a.text, options, a.id);
      if (report) p.report = std::move(report.value());
      for (const extract::Mention& m : pipeline::resolve(p.mentions)) {
        if (std::find(options.types.begin(), options.types.end(), m.entity.type) == options.types.end()) continue;
        p.ranges.push_back({m.begin, m.end});
      }
      if (p.ranges.size() != p.report.entities.size()) p.ranges.clear();  // out of step: no facts then
      out.push_back(std::move(p));
    }
    return out;
  }();
  return all;
}

std::size_t prepared_bytes() {
  std::size_t n = 0;
  for (const Prepared& p : prepared()) n += p.article->text.size();
  return n;
}

// Runs `body` over every prepared article per iteration and reports input bytes per second.
template <typename Body>
void over_corpus(benchmark::State& state, Body body) {
  auto& all = prepared();
  const std::size_t bytes = prepared_bytes();
  // In the pipeline the segmenter numbers a document's word types (segment/lexemes.hpp) just
  // before its stages read them. Here the articles were segmented long before, and the table has
  // grown since, which makes their numbers stale: each stage would number its article again, a
  // cost the pipeline never pays. Numbered again here, twice, so that the second pass, with every
  // type in the table, grows nothing and leaves every number valid through the timing.
  for (int pass = 0; pass < 2; ++pass) {
    for (Prepared& p : all) {
      segment::Lexemes::of_thread().assign(p.doc->text(), p.segmentation.tokens, &p.segmentation.lexemes);
    }
  }
  for (auto _ : state) {
    for (const Prepared& p : all) body(p);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * all.size()));
}

void utf8_validation(benchmark::State& state) {
  over_corpus(state, [](const Prepared& p) { benchmark::DoNotOptimize(text::find_invalid_utf8(p.article->text)); });
}

void normalization(benchmark::State& state) {
  over_corpus(state, [](const Prepared& p) {
    text::Document doc(p.article->text);
    benchmark::DoNotOptimize(doc.text().data());
  });
}

void offset_mapping(benchmark::State& state) {
  // What the report costs in to_original(): every sentence and every kept entity mapped back.
  over_corpus(state, [](const Prepared& p) {
    for (const auto& s : p.segmentation.sentences) benchmark::DoNotOptimize(p.doc->to_original(s.begin, s.end));
    for (const auto& m : p.mentions) benchmark::DoNotOptimize(p.doc->to_original(m.begin, m.end));
  });
}

void segmentation(benchmark::State& state) {
  const Engine& e = engine();
  over_corpus(state, [&](const Prepared& p) {
    auto s = e.segmenter.segment(p.doc->text());
    benchmark::DoNotOptimize(s.tokens.data());
  });
}

void quantities(benchmark::State& state) {
  const Engine& e = engine();
  over_corpus(state, [&](const Prepared& p) {
    auto q = e.quantities.find_all(p.doc->text());
    benchmark::DoNotOptimize(q.data());
  });
}

void extractor(benchmark::State& state, std::size_t index) {
  const extract::Extractor& x = *engine().extractors[index];
  std::vector<extract::Mention> out;
  over_corpus(state, [&](const Prepared& p) {
    out.clear();
    const extract::DocumentView view{p.doc->text(), p.segmentation, p.quantities, p.article->date};
    x.extract(view, out);
    benchmark::DoNotOptimize(out.data());
  });
}

void all_extractors(benchmark::State& state) {
  const Engine& e = engine();
  std::vector<extract::Mention> out;
  over_corpus(state, [&](const Prepared& p) {
    out.clear();
    const extract::DocumentView view{p.doc->text(), p.segmentation, p.quantities, p.article->date};
    for (const auto& x : e.extractors) x->extract(view, out);
    benchmark::DoNotOptimize(out.data());
  });
}

void resolution(benchmark::State& state) {
  // What analyze() pays: the indices of the mentions kept, read where they lie (no copy, no move).
  over_corpus(state, [](const Prepared& p) {
    auto kept = pipeline::kept_mentions(p.mentions);
    benchmark::DoNotOptimize(kept.data());
  });
}

void facts_stage(benchmark::State& state) {
  const Engine& e = engine();
  over_corpus(state, [&](const Prepared& p) {
    if (p.ranges.size() != p.report.entities.size()) return;
    auto f = e.fact_finder.find({p.doc->text(), p.segmentation, p.report.entities, p.ranges});
    benchmark::DoNotOptimize(f.data());
  });
}

void summary(benchmark::State& state) {
  const Engine& e = engine();
  over_corpus(state, [&](const Prepared& p) {
    auto s = e.summarizer.summarize(*p.doc, p.segmentation, p.report, options_for(*p.article));
    benchmark::DoNotOptimize(s.text.data());
  });
}

void analyze(benchmark::State& state) {
  const Analyzer& a = engine().analyzer;
  over_corpus(state, [&](const Prepared& p) {
    auto r = a.analyze(p.article->text, options_for(*p.article), p.article->id);
    benchmark::DoNotOptimize(r.ok());
  });
}

void json_writer(benchmark::State& state) {
  std::ostringstream out;
  over_corpus(state, [&](const Prepared& p) {
    out.str({});
    write_jsonl(out, p.report);
    benchmark::DoNotOptimize(out.tellp());
  });
}

void analyzer_creation(benchmark::State& state) {
  // Start-up cost of the library: lexicons parsed, tries and patterns compiled.
  for (auto _ : state) {
    auto a = Analyzer::create();
    benchmark::DoNotOptimize(a.ok());
  }
}

}  // namespace

}  // namespace extrait::bench

int main(int argc, char** argv) {
  using namespace extrait::bench;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;

  const Corpus& c = corpus();
  benchmark::AddCustomContext("corpus", c.source);
  benchmark::AddCustomContext("corpus_documents", std::to_string(prepared().size()));
  benchmark::AddCustomContext("corpus_bytes", std::to_string(prepared_bytes()));

  const auto unit = benchmark::kMillisecond;
  benchmark::RegisterBenchmark("text/utf8_validation", utf8_validation)->Unit(unit);
  benchmark::RegisterBenchmark("text/normalization", normalization)->Unit(unit);
  benchmark::RegisterBenchmark("text/offset_mapping", offset_mapping)->Unit(unit);
  benchmark::RegisterBenchmark("segment/segmentation", segmentation)->Unit(unit);
  benchmark::RegisterBenchmark("numbers/quantities", quantities)->Unit(unit);
  const auto& extractors = engine().extractors;
  for (std::size_t i = 0; i < extractors.size(); ++i) {
    const std::string name = "extract/" + std::string(extrait::to_string(extractors[i]->type()));
    benchmark::RegisterBenchmark(name.c_str(), extractor, i)->Unit(unit);
  }
  benchmark::RegisterBenchmark("extract/all", all_extractors)->Unit(unit);
  benchmark::RegisterBenchmark("pipeline/resolution", resolution)->Unit(unit);
  benchmark::RegisterBenchmark("facts/fact_finder", facts_stage)->Unit(unit);
  benchmark::RegisterBenchmark("summary/summarizer", summary)->Unit(unit);
  benchmark::RegisterBenchmark("report/json_writer", json_writer)->Unit(unit);
  benchmark::RegisterBenchmark("analyzer/analyze", analyze)->Unit(unit);
  benchmark::RegisterBenchmark("analyzer/create", analyzer_creation)->Unit(unit);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
