// Which families of expressions may read a date at a token, asked before any of them runs: the
// index of first words and the phrases of the vocabulary at a word, the bytes and the word after a
// number. Nearly every token starts no date, and is turned away here at the cost of a few tests
// or one trie walk; a screen may let through more than the families read, never less.
#include "extract/date/grammar.hpp"

#include <bit>

#include "text/chars.hpp"

namespace extrait::extract::date {

using namespace syntax;

std::uint32_t Grammar::starters_at(Input& in, std::size_t at, bool screened) const {
  if (in.starters_at != at) {
    in.starters_bits = screened ? starters_.at_screened(in.text, at) : starters_.at(in.text, at);
    in.starters_at = at;
  }
  return in.starters_bits;
}

std::uint32_t Grammar::families_at(Input& in, std::size_t at) const {
  // The articles of "la semaine dernière", "l'été dernier", "les années 90", and "mois de mars".
  const std::string_view text = in.text;
  std::size_t end = 0;
  const ArticleStart* article = nullptr;
  if (may_start_article(text[at]) && at + 1 < text.size()) {
    // The second byte parts the articles (two letters each at least) before one is compared
    // whole; a byte beyond ASCII is left to word_at(), which lower-cases code points.
    const auto second = static_cast<unsigned char>(text[at + 1]);
    const auto low = static_cast<char>(text::to_lower(second));
    for (const ArticleStart& a : kArticles) {
      if (second < 0x80 && a.word[1] != low) continue;
      if (word_at(text, at, a.word, end)) {
        article = &a;
        break;
      }
    }
  }
  // Nearly every word starts no phrase of the vocabulary, which one walk of its trie tells (and
  // the families then read the place from the memo): the index of first words is asked only
  // about the others, and about the articles that go on with a hyphen, a period or an apostrophe.
  // At an article (a word in ten), a phrase can only be one that begins with it, which the word
  // after it tells without the walk (the three steps of "la " before the letter that decides).
  const bool may_be_phrase = article == nullptr || article_is_phrase_[static_cast<std::size_t>(article - kArticles)] ||
                             after_article_phrases_.may_start_at(text, skip_spaces(text, end));
  const std::uint32_t categories = may_be_phrase ? vocabulary_.categories_at(text, at, in.memo) : 0;
  std::uint32_t families = article != nullptr ? article->families : 0;
  // A demonstrative (nearly always before a word that starts no date: "cette décision") starts its
  // families only where the word after it allows.
  constexpr std::uint32_t demonstrative = Vocabulary::bit(Role::this_);
  std::uint32_t starting = categories;
  if ((starting & demonstrative) && !demonstrative_may_start(in, at)) starting &= ~demonstrative;
  for (std::uint32_t c = starting; c != 0; c &= c - 1) {
    families |= category_families_[static_cast<std::size_t>(std::countr_zero(c))];
  }
  if (families == 0) return 0;
  if (categories == 0) {
    // An article alone (no phrase found at it) starts only the families that the word after it
    // allows (kAfterArticle): what the phrases of the next word tell, read once (its own turn
    // finds them in the memo).
    const std::size_t p = text[end - 1] == '\'' ? end : skip_spaces(text, end);
    // Most words after an article ("la France") are none of them, which the screen of their first
    // bytes tells without a walk.
    const std::uint32_t next =
        after_article_words_.may_start_at(text, p) ? vocabulary_.categories_at(text, p, in.memo) : 0;
    for (const AfterArticle& a : kAfterArticle) {
      if (!(next & a.categories)) families &= ~a.family;
    }
    // It needs no index: it is listed with its families, and is the index's word unless a
    // hyphen, a period or an apostrophe goes on with it ("la.fr").
    if (text[end - 1] == '\'' || end == text.size() || (text[end] != '-' && text[end] != '.' && text[end] != '\'')) {
      return families;
    }
  }
  // A family its phrase allows still needs the index's consent, which is narrower in places (a
  // phrase glued to the next word is read only where its first word may be glued).
  return families & starters_at(in, at, true);
}

bool Grammar::demonstrative_may_start(Input& in, std::size_t at) const {
  // this_period() and season() read the word after the demonstrative's end, past the spaces.
  const auto demonstrative = vocabulary_.word_at(Role::this_, in.text, at, in.memo);
  return demonstrative && after_demonstrative_words_.may_start_at(in.text, skip_spaces(in.text, demonstrative->end));
}

std::uint32_t Grammar::number_families(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  const Digits d = *digits_at(text, at);
  const auto byte = [&](std::size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0u; };
  const unsigned after = byte(d.end);
  std::uint32_t families = 0;
  // numeric(): a separator, then digits ("28/11/2026", "2026-11-28", "20 02 2014").
  if ((after == '-' || after == '/' || after == '.' || after == ' ') && byte(d.end + 1) >= '0' &&
      byte(d.end + 1) <= '9') {
    families |= f_numeric;
  }
  // year(): four digits.
  if (d.count == 4) families |= f_year;
  // bare_day(): an article and a space before ("le 16.").
  if (at > 0 && text[at - 1] == ' ') families |= f_bare_day;
  // century() and ordinal_period(): an ordinal's ending right after the digits ("XIXe", "3ème");
  // ordinal_period() also a phrase of the vocabulary written with digits ("2nd").
  if (after == 'e' || after == 'E' || after >= 0x80) {
    families |= f_century | f_ordinal;
  } else if (vocabulary_.categories_at(text, at, in.memo) & Vocabulary::bit(Role::ordinal)) {
    families |= f_ordinal;
  }
  // day_month(): a day of the month ("1er" goes on with letters), then "-" or "," ("3-5 mars",
  // "16, 17 et 18 juillet"), or a space and a month or a link ("3 mars", "3 au 5 mars").
  if (d.count <= 2 && d.value >= 1 && d.value <= 31) {
    if (after == '-' || after == ',' || text::word_char_at(text, d.end) ||
        (after == ' ' && after_number_words_.may_start_at(text, skip_spaces(text, d.end)))) {
      families |= f_day_month;
    }
  }
  return families | counted_families(in, at);
}

std::uint32_t Grammar::quantity_families(Input& in, std::size_t at) const {
  const std::string_view text = in.text;
  std::uint32_t families = counted_families(in, at);
  // The phrases at the number that day_month() ("premier") and ago() ("il y a") read first.
  const std::uint32_t categories = vocabulary_.categories_at(text, at, in.memo);
  if (categories & (Vocabulary::bit(Role::ago) | Vocabulary::bit(Role::in))) families |= f_ago;
  if (categories & Vocabulary::bit(Role::ordinal)) {
    families |= f_day_month;
  } else if (auto n = number(in, at); n && n->digits == 0 && !n->lone_article && n->value >= 1 && n->value <= 31) {
    // day_month(): a day in words, then a space and a month or a link ("trente et un décembre").
    const std::size_t p = skip_spaces(text, n->end);
    if (p > n->end && after_number_words_.may_start_at(text, p)) families |= f_day_month;
  }
  return families;
}

std::uint32_t Grammar::counted_families(Input& in, std::size_t at) const {
  // ago() and counted(): a whole number, then a space and a unit or a shift ("3 jours plus tard",
  // "les 10 derniers mois").
  const auto n = number(in, at);
  if (!n) return 0;
  const std::size_t p = skip_spaces(in.text, n->end);
  return p > n->end && after_number_words_.may_start_at(in.text, p) ? f_ago | f_counted : 0;
}

}  // namespace extrait::extract::date
