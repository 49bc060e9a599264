// The summary stage and the reports for people: which sentences may be summarized
// (tests/corpus/summary_filter.tsv), which are chosen (tests/corpus/summary.tsv), the stemmer,
// the vocabulary of stems, the centrality shortcut checked against the pairwise definition, the
// length options, a long document, and the text and Markdown reports of a report built by hand.
#define BOOST_TEST_MODULE summary
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <sstream>

#include "analyzer_fixture.hpp"
#include "built_in_lexicons.hpp"
#include "corpus_file.hpp"
#include "lexicon/lexicon_set.hpp"
#include "segment/segmenter.hpp"
#include "summary/digest.hpp"
#include "summary/sentence_filter.hpp"
#include "summary/sentence_vectors.hpp"
#include "summary/stemmer.hpp"
#include "summary/vocabulary.hpp"

using extrait::EntityType;
using extrait::Report;

using extrait::testing::built_in_lexicons;

namespace {

Report summarize(const std::string& text, std::size_t sentences, std::size_t words = 0) {
  extrait::Options options;
  options.reference_date = "2025-11-28";
  options.summary_sentences = sentences;
  options.summary_words = words;
  auto report = extrait::testing::shared_analyzer().analyze(text, options, "test");
  if (!report) throw std::runtime_error(report.error().message);
  return std::move(report.value());
}

std::string numbers(const std::vector<std::size_t>& v) {
  std::string out;
  for (std::size_t n : v) out += (out.empty() ? "" : " ") + std::to_string(n);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(filter_corpus) {
  const extrait::summary::SentenceFilter filter(built_in_lexicons());
  for (const auto& line : extrait::testing::read_corpus("summary_filter.tsv")) {
    BOOST_TEST_CONTEXT(line.where << ": " << line.fields[0]) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 2u);
      const std::string& s = line.fields[0];
      std::size_t words = 0;
      for (std::size_t i = 0; i < s.size(); ++i) words += s[i] != ' ' && (i == 0 || s[i - 1] == ' ');
      const std::string got = filter.is_boilerplate(s) ? "boilerplate" : filter.is_prose(s, words) ? "prose" : "fragment";
      BOOST_TEST(got == line.fields[1]);
    }
  }
}

BOOST_AUTO_TEST_CASE(summary_corpus) {
  for (const auto& line : extrait::testing::read_corpus("summary.tsv")) {
    BOOST_TEST_CONTEXT(line.where) {
      BOOST_REQUIRE_EQUAL(line.fields.size(), 3u);
      const std::string& length = line.fields[1];
      const Report r = length[0] == 'w' ? summarize(extrait::testing::unescape(line.fields[0]), 3, std::stoul(length.substr(1)))
                                        : summarize(extrait::testing::unescape(line.fields[0]), std::stoul(length));
      BOOST_TEST(numbers(r.summary.sentences) == line.fields[2]);
    }
  }
}

BOOST_AUTO_TEST_CASE(summary_text_is_the_sentences_in_order) {
  const std::string text =
      "Le port du Havre a accueilli un trafic record de conteneurs au premier semestre.\n"
      "Les volumes ont progressé de 9 % sur un an, portés par les lignes asiatiques.\n"
      "Les dockers ont obtenu une prime exceptionnelle de fin d'année.";
  const Report r = summarize(text, 2);
  BOOST_REQUIRE(r.summary.sentences.size() == 2u);
  BOOST_TEST(std::is_sorted(r.summary.sentences.begin(), r.summary.sentences.end()));
  std::string expected;
  for (std::size_t s : r.summary.sentences) {
    const auto& span = r.sentences[s].span;
    expected += (expected.empty() ? "" : " ") + text.substr(span.byte_start, span.byte_end - span.byte_start);
  }
  BOOST_TEST(r.summary.text == expected);
  BOOST_TEST(summarize(text, 0).summary.sentences.empty());
  BOOST_TEST(summarize(text, 10).summary.sentences.size() == 3u);
  BOOST_TEST(summarize("", 3).summary.text.empty());
}

BOOST_AUTO_TEST_CASE(stems_join_inflections) {
  extrait::summary::Stemmer stemmer;
  BOOST_TEST(stemmer.stem("investit") == stemmer.stem("investissement"));
  BOOST_TEST(stemmer.stem("investir") == stemmer.stem("investissements"));
  BOOST_TEST(stemmer.stem("usines") == stemmer.stem("usine"));
  BOOST_TEST(stemmer.stem("usine") != stemmer.stem("salarié"));
}

// Words of Latin-1 letters are stemmed in ISO-8859-1, the others in UTF-8: the stems are
// Snowball's, in UTF-8, either way.
BOOST_AUTO_TEST_CASE(stems_are_utf8_whatever_the_letters) {
  extrait::summary::Stemmer stemmer;
  BOOST_TEST(stemmer.stem("développements") == "développ");
  BOOST_TEST(stemmer.stem("économiques") == "économ");
  BOOST_TEST(stemmer.stem("créées") == "cré");
  BOOST_TEST(stemmer.stem("naïveté") == "naïvet");
  BOOST_TEST(stemmer.stem("ambiguë") == "ambigu");
  BOOST_TEST(stemmer.stem("hôpitaux") == "hôpital");
  BOOST_TEST(stemmer.stem("œuvres") == "œuvr");  // œ is not Latin-1
  BOOST_TEST(stemmer.stem("manœuvrées") == "manœuvr");
}

// The vocabulary keeps spellings of up to 16 bytes inside its table and longer ones beside it:
// whatever the length, and wherever two spellings differ, the same spelling gets the same id and
// two spellings share one only when they share a stem.
BOOST_AUTO_TEST_CASE(vocabulary_tells_spellings_apart) {
  extrait::summary::Vocabulary vocabulary;
  extrait::summary::Stemmer stemmer;
  const std::unordered_set<std::string> no_function_words;
  const std::string letters = "anticonstitutionnellementinterminablement";
  std::vector<std::string> words;
  for (std::size_t length = 2; length <= letters.size(); ++length) {
    const std::string word = letters.substr(0, length);
    words.push_back(word);
    for (std::size_t at : {std::size_t{0}, length / 2, length - 1}) {
      std::string changed = word;
      changed[at] = 'z';
      words.push_back(changed);
    }
  }
  const auto id_of = [&](const std::string& w) {
    return vocabulary.local_id(w, extrait::summary::Vocabulary::key_of(w), no_function_words);
  };
  vocabulary.begin_document();
  std::vector<std::uint32_t> ids;
  for (const std::string& w : words) ids.push_back(id_of(w));
  for (std::size_t i = 0; i < words.size(); ++i) {
    BOOST_TEST(id_of(words[i]) == ids[i]);  // again, now from the table
    for (std::size_t j = 0; j < i; ++j) {
      BOOST_TEST((ids[i] == ids[j]) == (stemmer.stem(words[i]) == stemmer.stem(words[j])), words[i] << " " << words[j]);
    }
  }
}

// A spelling with capitals is looked up in lower case before it is stemmed: whichever comes
// first, "Investit" and "investit" get one id, and a function word stays out in capitals too.
BOOST_AUTO_TEST_CASE(vocabulary_reads_capitals_as_lower_case) {
  using extrait::summary::Vocabulary;
  const std::unordered_set<std::string> function_words = {"le", "été"};
  for (const std::vector<std::string>& document :
       {std::vector<std::string>{"Investit", "investit", "INVESTIT", "Le", "ÉTÉ", "été", "Été"},
        std::vector<std::string>{"investit", "INVESTIT", "Investit", "le", "été", "Été", "ÉTÉ"}}) {
    Vocabulary vocabulary;
    vocabulary.begin_document();
    std::vector<std::uint32_t> ids;
    for (const std::string& w : document) ids.push_back(vocabulary.local_id(w, Vocabulary::key_of(w), function_words));
    BOOST_TEST(ids[0] == 0u);
    BOOST_TEST(ids[1] == 0u);
    BOOST_TEST(ids[2] == 0u);
    for (std::size_t i = 3; i < ids.size(); ++i) BOOST_TEST(ids[i] == Vocabulary::kSkip, document[i]);
    BOOST_TEST(vocabulary.local_count() == 1u);
  }
}

// Past kMaxWords spellings the vocabulary starts again between two documents, and a document's
// ids stay what they were: they follow the order of its own words only.
BOOST_AUTO_TEST_CASE(vocabulary_starts_again_with_the_same_ids) {
  using extrait::summary::Vocabulary;
  Vocabulary vocabulary;
  const std::unordered_set<std::string> function_words = {"le", "de"};
  const std::vector<std::string> document = {"Le", "port", "de", "Marseille", "ports", "marseillais", "port"};
  const auto ids_of_document = [&] {
    vocabulary.begin_document();
    std::vector<std::uint32_t> ids;
    for (const std::string& w : document) ids.push_back(vocabulary.local_id(w, Vocabulary::key_of(w), function_words));
    return ids;
  };
  const std::vector<std::uint32_t> first = ids_of_document();
  BOOST_TEST(first.front() == Vocabulary::kSkip);
  BOOST_TEST(first[1] == 0u);
  BOOST_TEST(first[6] == first[1]);
  // Documents of new spellings ("mota", "motb", …) until the vocabulary holds more than it keeps.
  for (std::size_t made = 0; made <= Vocabulary::kMaxWords;) {
    vocabulary.begin_document();
    for (std::size_t k = 0; k < 1000; ++k, ++made) {
      std::string w = "mot";
      for (std::size_t n = made; n > 0; n /= 26) w.push_back(static_cast<char>('a' + n % 26));
      vocabulary.local_id(w, Vocabulary::key_of(w), function_words);
    }
  }
  BOOST_TEST(ids_of_document() == first);
  BOOST_TEST(ids_of_document() == first);
}

// Centrality as computed (one dot product with the sum of all vectors) is the mean cosine with
// every other sentence, as defined.
BOOST_AUTO_TEST_CASE(centrality_is_the_mean_similarity) {
  const std::string text =
      "Le port du Havre bat un record de trafic. Le trafic du port progresse encore. "
      "Les dockers du port obtiennent une prime. La météo reste clémente sur la côte normande.";
  extrait::segment::SegmenterRules rules;
  for (std::string& e : built_in_lexicons().first_fields("elisions.txt")) rules.elisions.insert(std::move(e));
  const extrait::segment::Segmenter segmenter(std::move(rules));
  const auto segmentation = segmenter.segment(text);
  std::unordered_set<std::string> function_words;
  for (const std::string& w : built_in_lexicons().first_fields("function_words.txt")) function_words.insert(w);
  const auto v = extrait::summary::sentence_vectors(text, segmentation, function_words,
                                                    extrait::summary::thread_vocabulary());
  BOOST_REQUIRE(v.size() == 4u);
  const auto central = extrait::summary::centrality(v);
  for (std::size_t i = 0; i < 4; ++i) {
    float sum = 0;
    for (std::size_t j = 0; j < 4; ++j) {
      if (j != i) sum += extrait::summary::cosine(v.vector(i), v.vector(j));
    }
    BOOST_TEST(std::abs(central[i] - sum / 3.0f) < 1e-5f);
  }
  // the sentences about the port are more central than the one about the weather
  BOOST_TEST(central[1] > central[3]);
}

// 10 000 sentences: the summary is still made, of the sentences asked, without comparing every
// pair (this would take minutes).
BOOST_AUTO_TEST_CASE(long_document) {
  // Sentences of seven words drawn from sixty, so that they differ from one another.
  const std::vector<std::string> vocabulary = {
      "conseil", "budget", "écoles", "ville", "travaux", "région", "usine", "salariés", "maire", "projet",
      "chantier", "port", "trafic", "record", "hausse", "baisse", "prix", "énergie", "contrat", "banque",
      "crédit", "emploi", "grève", "syndicat", "ministre", "réforme", "impôt", "taxe", "commune", "hôpital",
      "médecins", "patients", "train", "gare", "ligne", "retard", "voyageurs", "vente", "magasin", "client",
      "récolte", "vigne", "vendange", "pluie", "orage", "digue", "fleuve", "pont", "route", "tunnel",
      "musée", "festival", "concert", "théâtre", "lecture", "élèves", "collège", "lycée", "examen", "diplôme"};
  std::string text;
  std::uint32_t seed = 12345;
  for (int i = 0; i < 10000; ++i) {
    text += "Le";
    for (int k = 0; k < 7; ++k) {
      seed = seed * 1664525u + 1013904223u;
      text += " " + vocabulary[(seed >> 16) % vocabulary.size()];
    }
    text += ". ";
    if (i % 50 == 49) text += '\n';
  }
  const Report r = summarize(text, 5);
  BOOST_TEST(r.sentences.size() == 10000u);
  BOOST_TEST(r.summary.sentences.size() <= 5u);
  BOOST_TEST(!r.summary.sentences.empty());
  const Report w = summarize(text, 3, 200);
  std::size_t words = 0;
  for (std::size_t i = 0; i < w.summary.text.size(); ++i) {
    words += w.summary.text[i] != ' ' && (i == 0 || w.summary.text[i - 1] == ' ');
  }
  BOOST_TEST(words <= 200u);
  BOOST_TEST(w.summary.sentences.size() > 5u);
}

namespace {

// A report made by hand: one title line, two sentences, two amounts (one reported, one with its
// conversion), an organization named twice and a person.
struct HandMade {
  std::string input =
      "Valmora rachète Dextil\n"
      "Valmora rachète Dextil pour 1,2 milliard d'euros (1,3 milliard de dollars). "
      "Selon une source, Dextil aurait réalisé 85 millions d'euros, affirme Paul Roux.";
  Report report;
  HandMade() {
    auto span = [&](const std::string& piece, std::size_t from = 0) {
      const std::size_t b = input.find(piece, from);
      extrait::Span s;
      s.start = s.byte_start = b;  // ASCII up to there
      s.end = s.byte_end = b + piece.size();
      return s;
    };
    report.id = "main";
    report.reference_date = "2025-11-28";
    report.sentences = {{span("Valmora rachète Dextil\n")}, {span("Valmora rachète Dextil pour")}, {span("Selon")}};
    report.sentences[0].span.end = report.sentences[0].span.byte_end = report.sentences[0].span.byte_end - 1;
    report.sentences[1].span.byte_end = input.find("Selon") - 1;
    report.sentences[2].span.byte_end = input.size();
    auto entity = [&](EntityType type, const std::string& text, std::size_t sentence, std::size_t from) {
      extrait::Entity e;
      e.type = type;
      e.span = span(text, from);
      e.text = text;
      e.sentence = sentence;
      return e;
    };
    const std::size_t second = input.find('\n');
    auto valmora = entity(EntityType::organization, "Valmora", 1, second);
    valmora.name = "Valmora";
    auto dextil = entity(EntityType::organization, "Dextil", 1, second);
    dextil.name = "Dextil";
    auto amount = entity(EntityType::money, "1,2 milliard d'euros", 1, 0);
    amount.value = extrait::Decimal::parse("1200000000");
    amount.currency = "EUR";
    auto converted = entity(EntityType::money, "1,3 milliard de dollars", 1, 0);
    converted.value = extrait::Decimal::parse("1300000000");
    converted.currency = "USD";
    converted.converts = 2;
    auto dextil2 = entity(EntityType::organization, "Dextil", 2, input.find("Selon"));
    dextil2.name = "Dextil";
    auto revenue = entity(EntityType::money, "85 millions d'euros", 2, 0);
    revenue.value = extrait::Decimal::parse("85000000");
    revenue.currency = "EUR";
    revenue.qualifier = extrait::Qualifier::approx;
    auto person = entity(EntityType::person, "Paul Roux", 2, 0);
    person.name = "Paul Roux";
    report.entities = {valmora, dextil, amount, converted, dextil2, revenue, person};
    extrait::Fact buy;
    buy.kind = "acquisition";
    buy.amount = 2;
    buy.trigger = "rachète";
    buy.organizations = {{0, "Valmora", "buyer"}, {1, "Dextil", "target"}};
    buy.sentence = 1;
    extrait::Fact same = buy;
    same.amount = 3;
    extrait::Fact sales;
    sales.kind = "revenue";
    sales.amount = 5;
    sales.organizations = {{4, "Dextil", "subject"}};
    sales.certainty = "reported";
    sales.sentence = 2;
    report.facts = {buy, same, sales};
    report.summary.sentences = {1, 2};
    report.summary.text = input.substr(input.find('\n') + 1);
  }
};

}  // namespace

BOOST_AUTO_TEST_CASE(text_report) {
  const HandMade h;
  std::ostringstream out;
  extrait::write_text(out, h.report, h.input);
  BOOST_TEST(out.str() ==
             "== main (référence : 2025-11-28)\n\n"
             "Valmora rachète Dextil\n\n"
             "Résumé\n  " + h.report.summary.text + "\n\n"
             "Chiffres clés\n"
             "  - 1,2 milliard d'euros (1 200 000 000 EUR ; 1,3 milliard de dollars) — acquisition — Valmora "
             "(acheteur), Dextil (cible)\n"
             "  - environ 85 millions d'euros (85 000 000 EUR) — chiffre d'affaires — Dextil [non confirmé]\n\n"
             "Organisations\n  Dextil (2), Valmora (1)\n\n"
             "Personnes\n  Paul Roux (1)\n\n");
}

BOOST_AUTO_TEST_CASE(markdown_report) {
  HandMade h;
  h.report.summary.text = "Un *tableau* [lien].";
  std::ostringstream out;
  extrait::write_markdown(out, h.report, h.input);
  const std::string md = out.str();
  BOOST_TEST(md.rfind("# Valmora rachète Dextil\n\n", 0) == 0u);
  BOOST_TEST(md.find("## Résumé\n\nUn \\*tableau\\* \\[lien\\].\n") != std::string::npos);
  BOOST_TEST(md.find("## Chiffres clés\n\n- **1,2 milliard d'euros** (1 200 000 000 EUR ; 1,3 milliard de dollars)") !=
             std::string::npos);
  BOOST_TEST(md.find("— chiffre d'affaires — Dextil — *non confirmé*\n") != std::string::npos);
  BOOST_TEST(md.find("## Organisations\n\n- Dextil (2)\n- Valmora (1)\n") != std::string::npos);
}

// Without the input, the headline comes from the summary; a first sentence that is no title is
// shortened.
BOOST_AUTO_TEST_CASE(headlines) {
  const HandMade h;
  BOOST_TEST(extrait::summary::make_digest(h.report, "").headline.rfind("Valmora rachète Dextil pour", 0) == 0u);
  Report r;
  const std::string input =
      "Le conseil municipal de la ville a voté hier soir, après un long débat, le budget des écoles, des crèches et "
      "des bibliothèques pour les trois prochaines années.";
  extrait::Span s;
  s.byte_end = s.end = input.size();
  r.sentences = {{s}};
  const std::string headline = extrait::summary::make_digest(r, input).headline;
  BOOST_TEST(headline ==
             "Le conseil municipal de la ville a voté hier soir, après un long débat, le budget des écoles, des crèches…");
}

// The title and the body state the same figure: the box shows it once, with the participants and
// the date either statement gives.
BOOST_AUTO_TEST_CASE(a_repeated_figure_is_shown_once) {
  const std::string input =
      "Lumenia lève 350 millions d'euros\n\n"
      "La start-up Lumenia a levé 350 millions d'euros auprès de General Catalyst, a annoncé mardi son "
      "PDG. Elle emploie 120 personnes et visait 500 millions d'euros.\n";
  const Report report = extrait::testing::analyze_types(
      input, {EntityType::money, EntityType::date, EntityType::organization, EntityType::person});
  const auto digest = extrait::summary::make_digest(report, input);
  BOOST_REQUIRE_EQUAL(digest.figures.size(), 2u);
  BOOST_TEST(digest.figures[0].amount == "350 millions d'euros");
  BOOST_TEST(digest.figures[0].who == "Lumenia (bénéficiaire), General Catalyst (payeur)");
  BOOST_TEST(digest.figures[0].when.rfind("mardi (", 0) == 0u);
  BOOST_TEST(digest.figures[1].amount == "500 millions d'euros");
}
