#include "extract/money/money_extractor.hpp"

#include <algorithm>
#include <string>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract {

namespace {

using numbers::Quantity;

// How two numbers next to each other relate: "3 et 5", "3 à 5", "3-5", "3, 4".
enum class Link { none, list, range };

bool text_is(std::string_view text, std::size_t begin, std::size_t end, std::string_view what) {
  return end >= begin && text.substr(begin, end - begin) == what;
}

bool ends_with_word(std::string_view text, std::size_t end, std::string_view word) {
  if (end < word.size()) return false;
  const std::size_t begin = end - word.size();
  if (!text::word_starts_at(text, begin)) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = text[begin + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != word[i]) return false;
  }
  return true;
}

// The link between quantity p and the quantity q that follows it.
Link link_between(std::string_view text, const Quantity& p, const Quantity& q) {
  const std::size_t a = p.end;
  const std::size_t b = q.begin;
  if (text_is(text, a, b, "-") || text_is(text, a, b, " - ") || text_is(text, a, b, " à ")) {
    return Link::range;
  }
  if (text_is(text, a, b, " et ")) {
    std::size_t before = p.begin;
    while (before > 0 && text[before - 1] == ' ') --before;
    return ends_with_word(text, before, "entre") ? Link::range : Link::list;
  }
  if (text_is(text, a, b, ", ") || text_is(text, a, b, " ou ")) return Link::list;
  return Link::none;
}

// The value of p in a list or range closed by q: "entre 3 et 5 millions" scales the 3, but
// "entre 500 000 et 1 million" does not scale the 500 000.
std::optional<Decimal> value_under(const Quantity& p, const Quantity& q) {
  if (p.scale != 0 || q.scale == 0 || p.in_words != q.in_words || !(p.value < Decimal(1000))) {
    return p.value;
  }
  return p.value.scaled(q.scale);
}

// Whether the words after a scale-only quantity say what is counted ("2 millions d'habitants",
// "3 milliards de personnes"): then it is not an amount of money.
bool counts_something(std::string_view text, std::size_t end) {
  std::size_t at = end;
  if (at < text.size() && text[at] == ' ') ++at;
  std::size_t word = std::string_view::npos;
  if (text.compare(at, 3, "de ") == 0 || text.compare(at, 3, "De ") == 0) word = at + 3;
  if (text.compare(at, 2, "d'") == 0) word = at + 2;
  if (word == std::string_view::npos || word >= text.size()) return false;
  const char32_t c = text::decode(text, word).code_point;
  return text::is_letter(c) && !text::is_upper(c);
}

}  // namespace

MoneyExtractor::MoneyExtractor(const Resources& resources)
    : currencies_(resources.lexicons, resources.glue), qualifiers_(resources.lexicons) {}

void MoneyExtractor::extract(const DocumentView& doc, std::vector<Mention>& out) const {
  const std::string_view text = doc.text;
  const auto& qs = doc.quantities;
  const std::size_t n = qs.size();

  // 1. The currency each quantity states itself, after it ("10 milliards de dollars") or
  //    before it ("US$ 20 millions").
  std::vector<std::optional<CurrencyMatch>> currency(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Quantity& q = qs[i];
    if (q.lone_article) continue;
    std::size_t at = q.end;
    if (!q.glued && at < text.size() && text[at] == ' ') ++at;
    auto found = currencies_.after(text, at);
    if (!found && q.scale != 0 && !q.scale_abbreviated) {
      // "milliards de dollars", "millions d'euros"
      if (text.compare(at, 3, "de ") == 0) found = currencies_.after(text, at + 3);
      else if (text.compare(at, 2, "d'") == 0) found = currencies_.after(text, at + 2);
    }
    if (found) {
      found->begin = q.begin;
      currency[i] = found;
      continue;
    }
    if (q.glued) continue;  // "1er", "3D": no currency, not an amount
    std::size_t end = q.begin;
    if (end > 0 && text[end - 1] == ' ') --end;
    if (auto pre = currencies_.before(text, end)) currency[i] = pre;
  }

  // 2. Amounts, with the lists and ranges that share a currency written once.
  std::vector<bool> claimed(n, false);
  struct Pending {
    Mention mention;
    std::size_t quantity;
    bool explicit_currency;
  };
  std::vector<Pending> found;
  auto make = [&](std::size_t begin, std::size_t end, std::string_view code) {
    Mention m;
    m.begin = begin;
    m.end = end;
    m.entity.type = EntityType::money;
    m.entity.currency = std::string(code);
    return m;
  };
  for (std::size_t i = 0; i < n; ++i) {
    if (!currency[i] || claimed[i]) continue;
    const CurrencyMatch& c = *currency[i];
    const Quantity& q = qs[i];
    claimed[i] = true;
    const bool symbol_first = c.begin < q.begin;
    const std::size_t end = symbol_first ? q.end : c.end;
    auto scaled = [&](const Decimal& v) { return v.times(c.factor).value_or(v); };

    // A range closed by this quantity: one entity over both ends.
    if (i > 0 && !claimed[i - 1] && !currency[i - 1] && link_between(text, qs[i - 1], q) == Link::range) {
      const Quantity& p = qs[i - 1];
      claimed[i - 1] = true;
      Mention m = make(p.begin, end, c.code);
      m.entity.min = scaled(value_under(p, q).value_or(p.value));
      m.entity.max = scaled(q.value);
      found.push_back({m, i - 1, true});
      continue;
    }
    // A list closed by this quantity: one entity per number, the currency given once.
    std::vector<std::size_t> list;
    for (std::size_t j = i; j > 0;) {
      --j;
      if (claimed[j] || currency[j] || link_between(text, qs[j], qs[j + 1]) != Link::list) break;
      // Only the last link may be "et"/"ou": "2, 3 et 4 millions", not "2 et 3, 4 millions".
      if (j + 1 != i && !text_is(text, qs[j].end, qs[j + 1].begin, ", ")) break;
      list.push_back(j);
    }
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
      const Quantity& p = qs[*it];
      claimed[*it] = true;
      Mention m = make(p.begin, p.end, c.code);
      m.entity.value = scaled(value_under(p, q).value_or(p.value));
      found.push_back({m, *it, true});
    }
    Mention m = make(symbol_first ? c.begin : q.begin, end, c.code);
    m.entity.value = scaled(q.value);
    found.push_back({m, i, true});
  }

  // 3. Amounts with a scale but no currency take the currency the text gives them nearby: the
  //    amount before them in the same sentence or the two before ("contre 2,3 milliards un an
  //    plus tôt"), else the next amount of the same or the next sentence ("atteint 25,9
  //    milliards, contre […] 2,84 milliards d'euros").
  std::vector<Pending> implicit;
  {
    const auto& seg = doc.segmentation;
    std::size_t next_found = 0;
    for (std::size_t i = 0; i < n; ++i) {
      while (next_found < found.size() && found[next_found].mention.begin < qs[i].begin) ++next_found;
      const Quantity& q = qs[i];
      if (claimed[i] || q.scale < 6 || q.scale_abbreviated || q.glued) continue;
      if (counts_something(text, q.end)) continue;
      const std::size_t here = seg.sentence_at(q.begin);
      const Pending* source = nullptr;
      if (next_found > 0 && seg.sentence_at(found[next_found - 1].mention.begin) + 2 >= here) {
        source = &found[next_found - 1];
      } else if (next_found < found.size() && seg.sentence_at(found[next_found].mention.begin) <= here + 1) {
        source = &found[next_found];
      }
      if (!source) continue;
      Mention m = make(q.begin, q.end, source->mention.entity.currency);
      m.entity.value = q.value;
      implicit.push_back({m, i, false});
    }
  }
  found.insert(found.end(), implicit.begin(), implicit.end());
  std::stable_sort(found.begin(), found.end(),
                   [](const Pending& a, const Pending& b) { return a.mention.begin < b.mention.begin; });

  // 4. Qualifiers, and conversions in parentheses right after another amount.
  std::size_t previous_end = std::string_view::npos;
  std::size_t previous_begin = 0;
  for (Pending& p : found) {
    Mention& m = p.mention;
    std::size_t before = m.begin;
    if (!m.entity.min) {
      if (auto q = qualifiers_.around(text, m.begin, m.end)) {
        m.entity.qualifier = q->qualifier;
        if (q->end <= m.begin) before = q->begin;
      }
    }
    while (before > 0 && text[before - 1] == ' ') --before;
    if (before > 0 && text[before - 1] == '(' && previous_end != std::string_view::npos) {
      std::size_t gap = before - 1;
      while (gap > 0 && text[gap - 1] == ' ') --gap;
      if (gap == previous_end) m.converts_begin = previous_begin;
    }
    previous_end = m.end;
    previous_begin = m.begin;
    m.priority = p.explicit_currency ? 2 : 1;
    out.push_back(std::move(m));
  }
}

}  // namespace extrait::extract
