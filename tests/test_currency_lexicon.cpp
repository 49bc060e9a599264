// The currency lexicon (lexicons/currencies.tsv): its format, its one-code-per-form rule, its
// choices for ambiguous words, and its coverage of what ICU knows of the currencies in French.
#define BOOST_TEST_MODULE currency_lexicon
#include <unicode/normalizer2.h>
#include <unicode/ucurr.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon/lexicon_set.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace {

using extrait::lexicon::LexiconSet;
using extrait::lexicon::Row;

constexpr std::string_view kFile = "currencies.tsv";

// Codes that are not ISO 4217 but are allowed all the same (each has a note in the file).
const std::set<std::string, std::less<>> kNonIsoCodes = {"XBT"};

// The 30 most traded currencies (BIS triennial survey): the file must cover ICU's French names.
const std::vector<std::string> kMostTraded = {
    "USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "CHF", "HKD", "SGD",
    "SEK", "KRW", "NOK", "NZD", "INR", "MXN", "TWD", "ZAR", "BRL", "DKK",
    "PLN", "THB", "ILS", "IDR", "CZK", "AED", "TRY", "HUF", "CLP", "SAR"};

// The same per-code-point lower-casing as the phrase trie uses for `fold` forms.
std::string fold(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto d = extrait::text::decode(s, i);
    extrait::text::append_utf8(out, extrait::text::to_lower(d.code_point));
    i += d.length;
  }
  return out;
}

std::string utf8(const UChar* s, int32_t len) {
  std::string out;
  icu::UnicodeString(s, len).toUTF8String(out);
  return out;
}

// A three-letter ASCII code as the NUL-terminated UTF-16 that ucurr_* take.
struct IsoCode {
  UChar chars[4] = {0, 0, 0, 0};
  explicit IsoCode(const std::string& code) {
    for (std::size_t i = 0; i < 3 && i < code.size(); ++i) chars[i] = static_cast<UChar>(code[i]);
  }
};

// ICU's French name of `code`, or nullopt when ICU does not know the code (it then answers with
// the code itself and U_USING_DEFAULT_WARNING; a name found in a parent locale is fine).
std::optional<std::string> icu_french_name(const std::string& code) {
  if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    return std::nullopt;
  }
  const IsoCode iso(code);
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = false;
  int32_t len = 0;
  const UChar* name = ucurr_getName(iso.chars, "fr", UCURR_LONG_NAME, &is_choice, &len, &status);
  if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || name == nullptr) return std::nullopt;
  return utf8(name, len);
}

std::string icu_french_plural(const std::string& code, const char* count) {
  const IsoCode iso(code);
  UErrorCode status = U_ZERO_ERROR;
  UBool is_choice = false;
  int32_t len = 0;
  const UChar* name = ucurr_getPluralName(iso.chars, "fr", &is_choice, count, &len, &status);
  BOOST_REQUIRE_MESSAGE(U_SUCCESS(status) && status != U_USING_DEFAULT_WARNING,
                        "ICU has no French plural name for " << code);
  return utf8(name, len);
}

bool is_decimal_factor(std::string_view s) {
  const std::size_t dot = s.find('.');
  const std::string_view whole = s.substr(0, dot);
  const std::string_view frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  auto digits = [](std::string_view d) {
    return std::all_of(d.begin(), d.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  if (whole.empty() || !digits(whole) || !digits(frac)) return false;
  if (dot != std::string_view::npos && frac.empty()) return false;
  return s.find_first_not_of("0.") != std::string_view::npos;  // not zero
}

// Everything wrong with currency rows, one message a fault, each starting with the row's source.
std::vector<std::string> problems(const std::vector<Row>& rows) {
  std::vector<std::string> out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  BOOST_REQUIRE(U_SUCCESS(status));

  struct Seen {
    std::string form, code, source;
    bool folded;
  };
  std::multimap<std::string, Seen> by_key;  // folded form -> rows
  for (const Row& row : rows) {
    const auto& f = row.fields;
    const std::string& at = row.source;
    if (f.size() < 4 || f.size() > 5) {
      out.push_back(at + ": has " + std::to_string(f.size()) + " fields, not 4 or 5");
      continue;
    }
    const std::string& form = f[0];
    const std::string& code = f[1];
    if (std::any_of(f.begin(), f.end(), [](const std::string& s) { return s.empty(); })) {
      out.push_back(at + ": has an empty field");
      continue;
    }
    if (!kNonIsoCodes.count(code) && !icu_french_name(code)) {
      out.push_back(at + ": code '" + code + "' is unknown to ICU");
    }
    if (f[2] != "after" && f[2] != "before" && f[2] != "both") {
      out.push_back(at + ": position '" + f[2] + "' is not after, before or both");
    }
    const bool folded = f[3] == "fold";
    if (!folded && f[3] != "exact") out.push_back(at + ": case '" + f[3] + "' is not fold or exact");
    if (f.size() == 5 && !is_decimal_factor(f[4])) {
      out.push_back(at + ": factor '" + f[4] + "' is not a positive decimal like 0.01");
    }
    UErrorCode s = U_ZERO_ERROR;
    if (!nfc->isNormalized(icu::UnicodeString::fromUTF8(form), s) || U_FAILURE(s)) {
      out.push_back(at + ": form '" + form + "' is not NFC");
    }
    for (std::string_view bad : {"\u2019", "\u02BC", "\u00A0", "\u202F", "\u2009", "  "}) {
      if (form.find(bad) != std::string::npos) {
        out.push_back(at + ": form '" + form + "' has a curly apostrophe or an unusual space");
        break;
      }
    }
    const std::string key = fold(form);
    auto [first, last] = by_key.equal_range(key);
    for (auto it = first; it != last; ++it) {
      const Seen& other = it->second;
      // Two rows can match the same text if either is case-folded or they are spelled alike.
      if (!folded && !other.folded && other.form != form) continue;
      if (other.code == code) {
        out.push_back(at + ": form '" + form + "' (" + code + ") repeats " + other.source);
      } else {
        out.push_back(at + ": form '" + form + "' maps to " + code + " but " + other.source +
                      " maps it to " + other.code);
      }
    }
    by_key.emplace(key, Seen{form, code, at, folded});
  }
  return out;
}

const LexiconSet& builtin() {
  static const LexiconSet set = [] {
    auto loaded = LexiconSet::load({});
    BOOST_REQUIRE_MESSAGE(loaded.ok(), "the built-in lexicons do not load");
    return std::move(loaded).value();
  }();
  return set;
}

const std::vector<Row>& currency_rows() {
  const auto& rows = builtin().rows(kFile);
  BOOST_REQUIRE_MESSAGE(!rows.empty(), "currencies.tsv is not built in (re-run cmake after adding it)");
  return rows;
}

// The row a text matches: an exact form as written, else a folded form in any case.
const Row* lookup(std::string_view text) {
  const Row* folded = nullptr;
  for (const Row& row : currency_rows()) {
    if (row.fields.size() < 4) continue;
    if (row.fields[3] == "exact" && row.fields[0] == text) return &row;
    if (row.fields[3] == "fold" && fold(row.fields[0]) == fold(text) && !folded) folded = &row;
  }
  return folded;
}

std::string code_of(std::string_view text) {
  const Row* row = lookup(text);
  return row ? row->fields[1] : std::string("(none)");
}

std::vector<std::string> problems_of(std::string_view content) {
  return problems(LexiconSet::parse(content, "test.tsv"));
}

bool mentions(const std::vector<std::string>& messages, std::string_view what) {
  return std::any_of(messages.begin(), messages.end(),
                     [&](const std::string& m) { return m.find(what) != std::string::npos; });
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_builtin_file_has_no_fault) {
  const auto& rows = currency_rows();
  BOOST_TEST(rows.size() >= 300u);
  for (const std::string& p : problems(rows)) BOOST_ERROR(p);
}

BOOST_AUTO_TEST_CASE(the_checks_catch_each_kind_of_fault) {
  BOOST_TEST(problems_of("euros\tEUR\tafter\tfold\n").empty());
  BOOST_TEST(problems_of("centimes\tEUR\tafter\tfold\t0.01\n").empty());
  BOOST_TEST(mentions(problems_of("euros\tEUR\tafter\n"), "has 3 fields"));
  BOOST_TEST(mentions(problems_of("euros\tEUR\tafter\tfold\t1\tx\n"), "has 6 fields"));
  BOOST_TEST(mentions(problems_of("euros\tEUR\t\tfold\n"), "empty field"));
  BOOST_TEST(mentions(problems_of("zorglubs\tZZZ\tafter\tfold\n"), "unknown to ICU"));
  BOOST_TEST(mentions(problems_of("euros\teur\tafter\tfold\n"), "unknown to ICU"));
  BOOST_TEST(mentions(problems_of("euros\tEURO\tafter\tfold\n"), "unknown to ICU"));
  BOOST_TEST(mentions(problems_of("euros\tEUR\tavant\tfold\n"), "position 'avant'"));
  BOOST_TEST(mentions(problems_of("euros\tEUR\tafter\tFold\n"), "case 'Fold'"));
  BOOST_TEST(mentions(problems_of("centimes\tEUR\tafter\tfold\t0,01\n"), "factor '0,01'"));
  BOOST_TEST(mentions(problems_of("centimes\tEUR\tafter\tfold\t0.00\n"), "factor '0.00'"));
  BOOST_TEST(mentions(problems_of("centimes\tEUR\tafter\tfold\t.5\n"), "factor '.5'"));
  BOOST_TEST(mentions(problems_of("centimes d\u2019euro\tEUR\tafter\tfold\n"), "curly apostrophe"));
  BOOST_TEST(mentions(problems_of("$\u00A0US\tUSD\tafter\texact\n"), "unusual space"));
  BOOST_TEST(mentions(problems_of("re\u0301al\tBRL\tafter\tfold\n"), "not NFC"));
  // Repeats and conflicts, folded forms compared in any case, exact ones only as written.
  BOOST_TEST(mentions(problems_of("euros\tEUR\tafter\tfold\nEuros\tEUR\tafter\tfold\n"), "repeats test.tsv:1"));
  BOOST_TEST(mentions(problems_of("dollars\tUSD\tafter\tfold\nDOLLARS\tCAD\tafter\tfold\n"),
                      "maps to CAD but test.tsv:1 maps it to USD"));
  BOOST_TEST(mentions(problems_of("DH\tMAD\tafter\texact\ndh\tAED\tafter\tfold\n"), "maps to AED"));
  BOOST_TEST(mentions(problems_of("DH\tMAD\tafter\texact\nDH\tAED\tafter\texact\n"), "maps to AED"));
  BOOST_TEST(problems_of("DH\tMAD\tafter\texact\ndh\tAED\tafter\texact\n").empty());
}

BOOST_AUTO_TEST_CASE(non_iso_codes_are_only_those_with_a_note) {
  // The exception list must stay honest: each entry really is unknown to ICU.
  for (const std::string& code : kNonIsoCodes) BOOST_TEST(!icu_french_name(code), code);
  BOOST_TEST(code_of("bitcoins") == "XBT");
  BOOST_TEST(code_of("BTC") == "XBT");
}

BOOST_AUTO_TEST_CASE(rows_are_sorted_by_code_then_form) {
  const auto& rows = currency_rows();
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& a = rows[i - 1].fields;
    const auto& b = rows[i].fields;
    BOOST_REQUIRE(a.size() >= 2 && b.size() >= 2);
    const bool ordered = a[1] < b[1] || (a[1] == b[1] && a[0] < b[0]);
    BOOST_TEST(ordered, rows[i].source << " ('" << b[0] << "' " << b[1] << ") should come before "
                                       << rows[i - 1].source);
  }
}

BOOST_AUTO_TEST_CASE(the_most_traded_currencies_cover_icu_french_names) {
  std::set<std::string> folded;
  std::set<std::pair<std::string, std::string>> exact;
  for (const Row& row : currency_rows()) {
    if (row.fields.size() < 4) continue;
    if (row.fields[3] == "fold") folded.insert(fold(row.fields[0]) + "\t" + row.fields[1]);
    if (row.fields[3] == "exact") exact.emplace(row.fields[0], row.fields[1]);
  }
  for (const std::string& code : kMostTraded) {
    for (const char* count : {"other", "one"}) {
      const std::string name = icu_french_plural(code, count);
      BOOST_TEST(folded.count(fold(name) + "\t" + code), code << ": ICU's '" << name << "' is missing");
    }
    BOOST_TEST(exact.count({code, code}), code << ": the code itself is not a form");
  }
}

BOOST_AUTO_TEST_CASE(the_currencies_french_business_news_mentions_are_present) {
  std::set<std::string> codes;
  for (const Row& row : currency_rows()) codes.insert(row.fields.size() > 1 ? row.fields[1] : "");
  BOOST_TEST(codes.size() >= 120u);
  for (const char* code : {
           "DZD", "MAD", "TND", "LYD", "MRU", "EGP",                // Maghreb and Egypt
           "AED", "SAR", "QAR", "KWD", "BHD", "OMR",                // Gulf
           "XOF", "XAF", "XPF", "GNF", "CDF", "MGA",                // French-speaking francs and Africa
           "NGN", "KES", "GHS", "ETB", "ZAR",
           "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "UYU", "VES",  // Latin America
           "RUB", "UAH", "RON", "BGN", "ISK", "IRR", "VND", "MYR"}) {
    BOOST_TEST(codes.count(code), code << " is missing");
  }
  // Every currency can be written out, not only as a symbol or code.
  std::set<std::string> named;
  for (const Row& row : currency_rows()) {
    if (row.fields.size() >= 4 && row.fields[3] == "fold") named.insert(row.fields[1]);
  }
  for (const std::string& code : codes) BOOST_TEST(named.count(code), code << " has no written name");
}

BOOST_AUTO_TEST_CASE(ambiguous_words_go_to_the_usual_news_sense) {
  BOOST_TEST(code_of("dollars") == "USD");
  BOOST_TEST(code_of("Dollar") == "USD");
  BOOST_TEST(code_of("$") == "USD");
  BOOST_TEST(code_of("livres") == "GBP");
  BOOST_TEST(code_of("£") == "GBP");
  BOOST_TEST(code_of("francs") == "CHF");
  BOOST_TEST(code_of("couronnes") == "SEK");
  BOOST_TEST(code_of("¥") == "JPY");
  BOOST_TEST(code_of("pesos") == "MXN");
  BOOST_TEST(code_of("dinars") == "DZD");
  BOOST_TEST(code_of("dirhams") == "MAD");
  BOOST_TEST(code_of("riyals") == "SAR");
  BOOST_TEST(code_of("rials") == "IRR");
  BOOST_TEST(code_of("roupies") == "INR");
  BOOST_TEST(code_of("francs CFA") == "XOF");
  BOOST_TEST(code_of("FCFA") == "XOF");
  // With their adjective they are the other currencies.
  BOOST_TEST(code_of("dollars canadiens") == "CAD");
  BOOST_TEST(code_of("dollars de Hongkong") == "HKD");
  BOOST_TEST(code_of("livres turques") == "TRY");
  BOOST_TEST(code_of("couronnes norvégiennes") == "NOK");
  BOOST_TEST(code_of("francs CFA d'Afrique centrale") == "XAF");
  BOOST_TEST(code_of("pesos argentins") == "ARS");
  // "real" only in lower case: "Real" is the football club.
  BOOST_TEST(code_of("real") == "BRL");
  BOOST_TEST(code_of("Real") == "(none)");
  BOOST_TEST(code_of("Réals") == "BRL");
}

BOOST_AUTO_TEST_CASE(positions_and_cases_follow_how_the_press_writes) {
  auto field = [](std::string_view text, std::size_t i) {
    const Row* row = lookup(text);
    return row ? row->fields[i] : std::string("(none)");
  };
  BOOST_TEST(field("euros", 2) == "after");
  BOOST_TEST(field("euros", 3) == "fold");
  BOOST_TEST(field("€", 2) == "both");
  BOOST_TEST(field("EUR", 2) == "both");
  BOOST_TEST(field("EUR", 3) == "exact");
  BOOST_TEST(field("US$", 2) == "before");
  BOOST_TEST(field("$ US", 2) == "after");
  BOOST_TEST(code_of("eur") == "(none)");  // codes are exact
  BOOST_TEST(code_of("usd") == "(none)");
  BOOST_TEST(code_of("EUROS") == "EUR");   // names are folded
}

BOOST_AUTO_TEST_CASE(subunits_carry_a_factor_and_cent_is_a_number) {
  auto factor = [](std::string_view text) {
    const Row* row = lookup(text);
    if (!row) return std::string("(none)");
    return row->fields.size() == 5 ? row->fields[4] : std::string("1");
  };
  BOOST_TEST(code_of("centimes") == "EUR");
  BOOST_TEST(factor("centimes") == "0.01");
  BOOST_TEST(factor("centime") == "0.01");
  BOOST_TEST(factor("centimes d'euro") == "0.01");
  BOOST_TEST(code_of("pence") == "GBP");
  BOOST_TEST(factor("pence") == "0.01");
  BOOST_TEST(factor("tomans") == "10");
  BOOST_TEST(factor("euros") == "1");
  // "cent", "cents" are French numbers ("deux cents euros"), never a currency.
  BOOST_TEST(!lookup("cent"));
  BOOST_TEST(!lookup("cents"));
}

BOOST_AUTO_TEST_CASE(no_form_is_a_scale_or_a_number_word) {
  // The extractor combines scales.tsv with this file ("M€" = M + €): neither may list the other's
  // forms, and a combined token is never listed here.
  std::vector<std::pair<std::string, bool>> scales;  // form, folded
  for (const Row& row : builtin().rows("scales.tsv")) {
    if (row.fields.size() >= 3) scales.emplace_back(row.fields[0], row.fields[2] == "word");
  }
  BOOST_REQUIRE(!scales.empty());
  std::set<std::string> number_words;
  for (const Row& row : builtin().rows("number_words.tsv")) number_words.insert(fold(row.fields[0]));
  for (const char* n : {"un", "deux", "cent", "cents", "mille", "million"}) number_words.insert(n);

  const auto& rows = currency_rows();
  for (const Row& row : rows) {
    if (row.fields.size() < 4) continue;
    const std::string& form = row.fields[0];
    const bool folded = row.fields[3] == "fold";
    for (const auto& [scale, scale_folded] : scales) {
      const bool same = (folded || scale_folded) ? fold(form) == fold(scale) : form == scale;
      BOOST_TEST(!same, row.source << ": '" << form << "' is a scale");
    }
    BOOST_TEST(!number_words.count(fold(form)), row.source << ": '" << form << "' is a number word");
  }
  for (const auto& [scale, scale_folded] : scales) {
    if (scale_folded) continue;
    for (const char* currency : {"€", "$", "EUR", "USD", "£", "CHF"}) {
      BOOST_TEST(!lookup(scale + currency), scale + currency << " is listed");
      BOOST_TEST(!lookup(scale + " " + currency), scale + " " + currency << " is listed");
    }
  }
}

BOOST_AUTO_TEST_CASE(a_journalists_file_adds_rows_after_the_builtin_ones) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() /
                       ("extrait-currencies-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  fs::create_directories(dir);
  {
    std::ofstream out(dir / "currencies.tsv", std::ios::binary);
    out << "# Netherlands Antilles, for a story on Curaçao\n"
           "florin antillais\tANG\tafter\tfold\n"
           "florins antillais\tANG\tafter\tfold\n";
  }
  auto loaded = LexiconSet::load({dir});
  fs::remove_all(dir);
  BOOST_REQUIRE(loaded.ok());
  const auto& rows = loaded->rows(kFile);
  BOOST_REQUIRE_EQUAL(rows.size(), currency_rows().size() + 2);
  BOOST_TEST(rows.back().fields[0] == "florins antillais");
  for (const std::string& p : problems(rows)) BOOST_ERROR(p);
  // A journalist's line that reuses a built-in form for another code is reported.
  std::vector<Row> clash = rows;
  clash.push_back(LexiconSet::parse("dollars\tCAD\tafter\tfold\n", "mine.tsv").front());
  BOOST_TEST(mentions(problems(clash), "mine.tsv:1: form 'dollars' maps to CAD"));
}
