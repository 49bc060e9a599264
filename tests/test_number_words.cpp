// tests/test_number_words.cpp: French cardinals in words (numbers/number_words).
//
// Two kinds of evidence: the hand-written phrases of corpus/number_words.tsv (each rule, its
// leniencies and its refusals), and ICU's French spell-out rules, an independent writer of
// numbers in words, whose output must read back as the number it spelled, to the last byte.
#define BOOST_TEST_MODULE number_words
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "corpus_file.hpp"
#include "number_test_support.hpp"
#include "extrait/decimal.hpp"
#include "lexicon/lexicon_set.hpp"
#include "numbers/number_word_lexicon.hpp"
#include "numbers/number_words.hpp"
#include "text/chars.hpp"

namespace {

using extrait::Decimal;
using extrait::testing::built_in_lexicons;
using extrait::testing::Speller;
using extrait::numbers::NumberWords;
using extrait::numbers::WordNumber;

const NumberWords& reader() {
  static const NumberWords words(built_in_lexicons());
  return words;
}

std::string value_text(const std::optional<WordNumber>& got) {
  return got ? got->value.to_string() + " up to byte " + std::to_string(got->end) : "no number";
}

// ---------------------------------------------------------------------------------------------
// Property runs: what ICU spells must read back as the number spelled.

// Failures of a property run, shared by its threads; only the first few are kept.
class Failures {
 public:
  void add(const std::string& what) {
    ++count_;
    std::lock_guard lock(mutex_);
    if (examples_.size() < 20) examples_.push_back(what);
  }
  void report(const std::string& run, std::size_t checked) {
    for (const auto& e : examples_) BOOST_TEST_MESSAGE(run << ": " << e);
    BOOST_TEST(count_ == 0u, run << ": " << count_ << " of " << checked << " checks failed"
                                 << (examples_.empty() ? "" : ", first: " + examples_.front()));
  }

 private:
  std::atomic<std::size_t> count_{0};
  std::mutex mutex_;
  std::vector<std::string> examples_;
};

// Whether `text` reads, from its start to its very end, as `n`; records a failure otherwise.
bool reads_whole(const std::string& text, std::int64_t n, Failures& failures,
                 const NumberWords& words = reader()) {
  auto got = words.read(text, 0);
  if (got && got->end == text.size() && got->value == Decimal(n)) return true;
  failures.add("'" + text + "' should read " + std::to_string(n) + ", got " + value_text(got));
  return false;
}

// Spells n and checks the reading, as ICU writes it and in the 1990 spelling (hyphens
// everywhere, which also joins million and milliard as many writers do).
std::size_t check_spelled(const Speller& speller, std::int64_t n, Failures& failures,
                          const char* rules = "", const NumberWords& reader_used = reader()) {
  std::string words = speller.spell(n, rules);
  reads_whole(words, n, failures, reader_used);
  std::replace(words.begin(), words.end(), ' ', '-');
  reads_whole(words, n, failures, reader_used);
  return 2;
}

// Runs check(speller, n) for every n of `numbers`, on two threads that share the reader.
template <typename Check>
std::size_t on_two_threads(const char* locale, const std::vector<std::int64_t>& numbers,
                           Check check) {
  std::atomic<std::size_t> checked{0};
  // Built here, where Boost.Test may check them; ICU formatters are not shared between threads.
  const Speller spellers[2] = {Speller(locale), Speller(locale)};
  auto work = [&](std::size_t first) {
    const Speller& speller = spellers[first];
    std::size_t mine = 0;
    for (std::size_t i = first; i < numbers.size(); i += 2) mine += check(speller, numbers[i]);
    checked += mine;
  };
  std::thread other(work, 1);
  work(0);
  other.join();
  return checked;
}

std::vector<std::int64_t> every_integer(std::int64_t from, std::int64_t to) {
  std::vector<std::int64_t> out;
  out.reserve(static_cast<std::size_t>(to - from + 1));
  for (std::int64_t n = from; n <= to; ++n) out.push_back(n);
  return out;
}

// `count` integers below 10^max_digits, spread over magnitudes: the number of digits is drawn
// first, so that large and small numbers are equally tested. Fixed seed: failures reproduce.
std::vector<std::int64_t> random_integers(std::size_t count, int max_digits, std::uint64_t seed) {
  std::mt19937_64 random(seed);
  std::uniform_int_distribution<int> digits(1, max_digits);
  std::vector<std::int64_t> out;
  for (std::size_t i = 0; i < count; ++i) {
    std::int64_t high = 1;
    for (int d = digits(random); d > 0; --d) high *= 10;
    out.push_back(std::uniform_int_distribution<std::int64_t>(0, high - 1)(random));
  }
  return out;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

BOOST_AUTO_TEST_CASE(built_in_lexicons_are_usable) {
  for (const auto& problem : reader().problems()) BOOST_ERROR(problem);
}

BOOST_AUTO_TEST_CASE(corpus_phrases) {
  for (const auto& line : extrait::testing::read_corpus("number_words.tsv")) {
    BOOST_TEST_CONTEXT(line.where) {
      BOOST_REQUIRE(line.fields.size() >= 2);
      std::string text = line.fields[0];
      std::size_t at = 0;
      if (auto open = text.find('['); open != std::string::npos) {
        text.erase(open, 1);
        at = open;
      }
      std::size_t end = text.size();
      if (auto close = text.find(']'); close != std::string::npos) {
        text.erase(close, 1);
        end = close;
      }
      const auto got = reader().read(text, at);
      if (line.fields[1] == "-") {
        BOOST_TEST(!got, "'" << text << "' should not read, got " << value_text(got));
        continue;
      }
      const auto expected = Decimal::parse(line.fields[1]);
      BOOST_REQUIRE_MESSAGE(expected, "bad expected value " << line.fields[1]);
      BOOST_REQUIRE_MESSAGE(got, "'" << text << "' should read " << line.fields[1]);
      BOOST_TEST(got->value.to_string() == expected->to_string());
      BOOST_TEST(got->end == end, "'" << text << "' should stop at byte " << end << ", got "
                                      << value_text(got));
      const std::string flags = line.fields.size() > 2 ? line.fields[2] : "";
      BOOST_TEST(got->has_scale == (flags.find("scale") != std::string::npos));
      BOOST_TEST(got->lone_article == (flags.find("article") != std::string::npos));
    }
  }
}

BOOST_AUTO_TEST_CASE(read_does_not_allocate) {
  const std::string text =
      "Il reste deux cent quatre-vingt-dix-sept mille euros, trois millions et demi, "
      "un demi-milliard, vingt et unième, TROIS MILLIARDS, mille-feuille.";
  const NumberWords& words = reader();
  std::size_t found = 0;
  const std::size_t before = extrait::testing::heap_allocations();
  for (std::size_t at = 0; at < text.size(); ++at) found += words.read(text, at).has_value();
  BOOST_TEST(extrait::testing::heap_allocations() == before);
  BOOST_TEST(found >= 5u);  // the scan did read numbers
}

// may_start_cardinal() screens every word before read(): it must let through each word where a
// number is read, in any letter case, whether letters beyond ASCII follow its ASCII ones or not.
BOOST_AUTO_TEST_CASE(may_start_cardinal_lets_every_number_through) {
  const NumberWords& words = reader();
  std::size_t numbers = 0;
  const auto check = [&](const std::string& text) {
    for (std::size_t at = 0; at < text.size(); ++at) {
      if (!words.read(text, at)) continue;
      ++numbers;
      std::size_t end = at;
      while (end < text.size() && extrait::text::is_ascii_alnum(static_cast<unsigned char>(text[end]))) ++end;
      BOOST_TEST(words.may_start_cardinal(text, at, end), "'" << text.substr(at) << "'");
    }
  };
  for (const auto& line : extrait::testing::read_corpus("number_words.tsv")) {
    std::string text = line.fields[0];
    std::erase(text, '[');
    std::erase(text, ']');
    check(text);
  }
  for (const char* text : {"zéro", "Zéro", "ZÉRO", "Zero", "UN", "Une", "DIX-SEPT", "Quatre-Vingts", "SEPTANTE",
                           "Demi-milliard", "onze", "ONZE mille", "Cent", "MILLE"}) {
    check(text);
  }
  BOOST_TEST(numbers >= 200u);  // the screen was asked where numbers are
}

BOOST_AUTO_TEST_CASE(extra_lexicons_add_words_and_bad_rows_are_reported) {
  namespace fs = std::filesystem;
  const auto stamp = std::chrono::steady_clock::now().time_since_epoch().count();
  const fs::path dir = fs::temp_directory_path() / ("extrait_number_words_" + std::to_string(stamp));
  fs::create_directories(dir);
  {
    std::ofstream tsv(dir / "number_words.tsv");
    tsv << "quart\t0.25\tfraction\n"        // usable: "un million et quart"
        << "dizaine\t10\tcollective\n"       // unknown role
        << "douze\t12\tunit\n"               // a unit is 0 to 9
        << "vingt\t20\tten\tfeminine\n"      // unknown flag
        << "tiers\t1.5\tfraction\n"          // a fraction is below 1
        << "trop\n";                         // too few columns
    std::ofstream scales(dir / "scales.tsv");
    scales << "myriade\t4\tword\n";           // below a million: not a scale noun
  }
  auto lexicons = extrait::lexicon::LexiconSet::load({dir});
  fs::remove_all(dir);
  BOOST_REQUIRE(lexicons.ok());
  const NumberWords words(*lexicons);
  BOOST_TEST(words.problems().size() == 6u);
  // Each problem names its file and line, for the linguist who wrote it.
  for (const auto& problem : words.problems()) {
    const bool located = problem.find("number_words.tsv:") != std::string::npos ||
                         problem.find("scales.tsv:") != std::string::npos;
    BOOST_TEST(located, problem);
  }
  auto quarter = words.read("un million et quart", 0);
  BOOST_REQUIRE(quarter);
  BOOST_TEST(quarter->value.to_string() == "1250000");
  // The bad rows changed nothing: douze is still 12, vingt still takes "et un".
  auto twelve = words.read("douze", 0);
  BOOST_REQUIRE(twelve);
  BOOST_TEST(twelve->value.to_string() == "12");
  auto twenty_one = words.read("vingt et un", 0);
  BOOST_REQUIRE(twenty_one);
  BOOST_TEST(twenty_one->value.to_string() == "21");
  BOOST_TEST(!words.read("myriade", 0));
}

// Every integer from 0 to 10^7 as France writes it, and as Belgium and Switzerland write it up to
// 10^6 (their words differ only below a hundred). A quick run (under the sanitizers) stops ten
// times sooner: the words above a million repeat those below.
BOOST_AUTO_TEST_CASE(icu_spell_out_reads_back_exhaustively) {
  const auto start = std::chrono::steady_clock::now();
  struct Run {
    const char* locale;
    std::int64_t up_to;
  };
  const std::int64_t scale = extrait::testing::quick_run() ? 10 : 1;
  for (const Run& run : {Run{"fr", 10'000'000 / scale}, Run{"fr_BE", 1'000'000 / scale},
                         Run{"fr_CH", 1'000'000 / scale}}) {
    Failures failures;
    const std::size_t checked = on_two_threads(
        run.locale, every_integer(0, run.up_to),
        [&](const Speller& s, std::int64_t n) { return check_spelled(s, n, failures); });
    failures.report(std::string(run.locale) + " 0 to " + std::to_string(run.up_to), checked);
  }
  BOOST_TEST_MESSAGE("exhaustive spell-out: " << seconds_since(start) << " s");
}

// Random integers of up to 12 and up to 15 digits: billions, and thousands of billions.
BOOST_AUTO_TEST_CASE(icu_spell_out_reads_back_large_numbers) {
  for (const char* locale : {"fr", "fr_BE", "fr_CH"}) {
    for (int digits : {12, 15}) {
      Failures failures;
      const std::size_t checked = on_two_threads(
          locale, random_integers(100'000, digits, 20251217u + static_cast<unsigned>(digits)),
          [&](const Speller& s, std::int64_t n) { return check_spelled(s, n, failures); });
      failures.report(std::string(locale) + " up to 10^" + std::to_string(digits), checked);
    }
  }
}

// From 10^15 ICU writes "billiard" (10^15 in the long scale): every number it spells below
// 10^18 reads back.
BOOST_AUTO_TEST_CASE(icu_spell_out_reads_back_up_to_the_trillion_with_billiard) {
  auto lexicons = extrait::lexicon::LexiconSet::load({});
  BOOST_REQUIRE(lexicons.ok());
  const NumberWords with_billiard(*lexicons);
  BOOST_TEST(with_billiard.problems().empty());
  Failures failures;
  const std::size_t checked = on_two_threads(
      "fr", random_integers(100'000, 18, 18u), [&](const Speller& s, std::int64_t n) {
        return check_spelled(s, n, failures, "", with_billiard);
      });
  failures.report("fr up to 10^18", checked);
}

// ICU's other rule sets: feminine cardinals ("vingt-et-une", "mille une") and years
// ("dix-neuf-cent quatre-vingt-dix", "onze-cents").
BOOST_AUTO_TEST_CASE(icu_feminine_and_year_forms_read_back) {
  for (const char* locale : {"fr", "fr_BE", "fr_CH"}) {
    Failures feminine;
    std::size_t checked = on_two_threads(locale, every_integer(0, 200'000),
                                         [&](const Speller& s, std::int64_t n) {
                                           return check_spelled(s, n, feminine,
                                                                "%spellout-cardinal-feminine");
                                         });
    feminine.report(std::string(locale) + " feminine", checked);
    Failures years;
    checked = on_two_threads(locale, every_integer(0, 9'999), [&](const Speller& s, std::int64_t n) {
      return check_spelled(s, n, years, "%spellout-numbering-year");
    });
    years.report(std::string(locale) + " years", checked);
  }
}

// Letter case changes nothing: "Trois millions" at a sentence start, "TROIS MILLIONS" in a title.
BOOST_AUTO_TEST_CASE(icu_spell_out_reads_back_in_any_case) {
  Failures failures;
  const std::size_t checked =
      on_two_threads("fr", random_integers(50'000, 15, 7u), [&](const Speller& s, std::int64_t n) {
        std::string words = s.spell(n);
        const std::string upper = s.upper(words);
        // The capital of a sentence start: the first letter is ASCII in every French numeral
        // but zéro, whose first letter is ASCII too.
        words[0] = static_cast<char>(words[0] - 'a' + 'A');
        reads_whole(words, n, failures);
        reads_whole(upper, n, failures);
        return std::size_t{2};
      });
  failures.report("fr capitalized and upper case", checked);
}

// In running text the number ends where its words end, whatever follows.
BOOST_AUTO_TEST_CASE(icu_spell_out_reads_back_in_a_sentence) {
  Failures failures;
  const std::size_t checked =
      on_two_threads("fr", random_integers(50'000, 15, 11u), [&](const Speller& s, std::int64_t n) {
        const std::string words = s.spell(n);
        for (const char* after : {" euros.", ", soit", " et des poussières", "»"}) {
          const std::string before = "Soit d'";
          const std::string text = before + words + after;
          auto got = reader().read(text, before.size());
          if (!got || got->end != before.size() + words.size() || !(got->value == Decimal(n))) {
            failures.add("'" + text + "' should read " + std::to_string(n) + ", got " +
                         value_text(got));
          }
        }
        return std::size_t{4};
      });
  failures.report("fr in a sentence", checked);
}

// Ordinals are not cardinals: no number is read at the start of ICU's ordinals, masculine or
// feminine plural ("vingt-et-unième", "deux centièmes", "trois milliardième").
BOOST_AUTO_TEST_CASE(icu_ordinals_are_not_read) {
  std::vector<std::int64_t> numbers = every_integer(1, 20'000);
  const auto large = random_integers(20'000, 12, 3u);
  numbers.insert(numbers.end(), large.begin(), large.end());
  for (const char* locale : {"fr", "fr_BE", "fr_CH"}) {
    Failures failures;
    const std::size_t checked = on_two_threads(locale, numbers, [&](const Speller& s, std::int64_t n) {
      if (n == 0) return std::size_t{0};
      for (const char* rules : {"%spellout-ordinal-masculine", "%spellout-ordinal-feminine-plural"}) {
        const std::string words = s.spell(n, rules);
        if (auto got = reader().read(words, 0)) {
          failures.add("ordinal '" + words + "' read as " + value_text(got));
        }
      }
      return std::size_t{2};
    });
    failures.report(std::string(locale) + " ordinals", checked);
  }
}

// read_lone_article() is a shortcut of read(): where it answers, read() must say the same, and it
// must leave to read() every article that a number word, "et" or an ordinal follows.
BOOST_AUTO_TEST_CASE(lone_article_shortcut_agrees_with_read) {
  using extrait::numbers::BeforeOrdinal;
  struct Case {
    std::string text;
    bool shortcut;  // whether read_lone_article() answers
  };
  const std::vector<Case> cases = {
      {"un groupe", true},         {"Une hausse de", true},      {"UN accord.", true},
      {"un  an", true},            {"une .", true},              {"un énième recours", false},
      {"un million", false},       {"une centaine", false},      {"un cinquième mandat", false},
      {"un et demi", false},       {"un deuxieme tour", false},  {"un-deux", false},
      {"un", false},               {"vingt-un an", false},       {"un soixante", false},
  };
  for (const Case& c : cases) {
    BOOST_TEST_CONTEXT(c.text) {
      const auto fast = reader().read_lone_article(c.text, 0);
      BOOST_TEST(fast.has_value() == c.shortcut);
      if (!fast) continue;
      const auto full = reader().read(c.text, 0, BeforeOrdinal::flag);
      BOOST_REQUIRE(full.has_value());
      BOOST_TEST(fast->end == full->end);
      BOOST_TEST(fast->value.mantissa() == full->value.mantissa());
      BOOST_TEST(fast->value.exponent() == full->value.exponent());
      BOOST_TEST(fast->lone_article == full->lone_article);
      BOOST_TEST(fast->has_scale == full->has_scale);
      BOOST_TEST(fast->before_ordinal == full->before_ordinal);
      BOOST_TEST(fast->last_scale == full->last_scale);
    }
  }
}
