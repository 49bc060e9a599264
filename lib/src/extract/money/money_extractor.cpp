#include "extract/money/money_extractor.hpp"

#include <algorithm>
#include <string>

#include "extract/money/amount_links.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract {

namespace {

using numbers::Quantity;

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

// Whether nothing but punctuation or the end of the text follows byte `at`.
bool ends_clause(std::string_view text, std::size_t at) {
  return at >= text.size() || std::string_view(".,;:!?)\n").find(text[at]) != std::string_view::npos;
}

Mention money_mention(std::size_t begin, std::size_t end, std::string_view code) {
  Mention m;
  m.begin = begin;
  m.end = end;
  m.entity.type = EntityType::money;
  m.entity.currency = std::string(code);
  return m;
}

}  // namespace

MoneyExtractor::MoneyExtractor(const Resources& resources)
    : currencies_(resources.lexicons, resources.glue), qualifiers_(resources.lexicons) {
  for (const std::string& word : resources.lexicons.first_fields("currency_subunits.txt")) {
    subunits_.add(word, true, 0);
  }
}

MoneyExtractor::Currencies MoneyExtractor::stated_currencies(std::string_view text,
                                                             const std::vector<Quantity>& qs) const {
  Currencies currency(qs.size());
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const Quantity& q = qs[i];
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
    // "un"/"une" is an amount only with its currency right after it ("une yen", "un euro").
    if (q.glued || q.lone_article) continue;  // "1er", "3D": no currency, not an amount
    std::size_t end = q.begin;
    if (end > 0 && text[end - 1] == ' ') --end;
    if (auto pre = currencies_.before(text, end)) currency[i] = pre;
  }
  return currency;
}

void MoneyExtractor::absorb_subunit(std::string_view text, const std::vector<Quantity>& qs, std::size_t i,
                                    const Currencies& currency, std::vector<bool>& claimed, Mention& m) const {
  const std::size_t j = i + 1;
  if (j >= qs.size() || claimed[j] || m.entity.min) return;
  const Quantity& cents = qs[j];
  if (cents.scale != 0 || cents.fraction || cents.glued || !(cents.value < Decimal(100))) return;
  if (!text_is(text, m.end, cents.begin, " et ") && !text_is(text, m.end, cents.begin, " ")) return;
  // The sub-unit's own currency may be the main currency's word ("1 USD 23") or "centimes".
  if (currency[j] && currency[j]->factor == Decimal(1) &&
      !(currency[j]->begin >= m.begin && currency[j]->end <= m.end)) {
    return;
  }
  std::size_t end = cents.end;
  std::size_t word = end < text.size() && text[end] == ' ' ? end + 1 : end;
  bool named = false;
  for (const auto& s : subunits_.matches_at(text, word)) {
    if (text::word_ends_at(text, s.end)) {
      end = s.end;
      named = true;
      break;
    }
  }
  if (!named && currency[j] && currency[j]->factor != Decimal(1) && currency[j]->begin == word) {
    end = currency[j]->end;  // "centimes", listed as a currency of its own
    named = true;
  }
  if (!named && !ends_clause(text, cents.end)) return;  // "15 dollars 50." but not "15 dollars 50 fois"
  claimed[j] = true;
  m.entity.value = m.entity.value->plus(cents.value.scaled(-2).value_or(cents.value)).value_or(*m.entity.value);
  m.end = end;
}

std::vector<MoneyExtractor::Pending> MoneyExtractor::written_amounts(std::string_view text,
                                                                     const std::vector<Quantity>& qs,
                                                                     const Currencies& currency,
                                                                     std::vector<bool>& claimed) const {
  std::vector<Pending> found;
  std::optional<std::size_t> previous;  // index in `found` of the amount of quantity i - 1
  for (std::size_t i = 0; i < qs.size(); ++i) {
    const bool follows = previous.has_value();
    previous.reset();
    if (!currency[i] || claimed[i]) continue;
    const CurrencyMatch& c = *currency[i];
    const Quantity& q = qs[i];
    claimed[i] = true;
    const bool symbol_first = c.begin < q.begin;
    const std::size_t end = symbol_first ? q.end : c.end;
    auto in_currency = [&](const Decimal& v) { return v.times(c.factor).value_or(v); };

    // "entre 10 euros et 20 euros", "10 euro - 20 euro": both ends wrote the currency.
    if (follows && !symbol_first) {
      Mention& p = found.back().mention;
      if (p.entity.value && p.entity.currency == c.code &&
          link_between(text, p.begin, p.end, q.begin) == Link::range) {
        p.entity.min = p.entity.value;
        p.entity.max = in_currency(q.value);
        p.entity.value.reset();
        p.end = end;
        continue;
      }
    }
    // A range closed by this quantity: one entity over both ends.
    if (i > 0 && !claimed[i - 1] && !currency[i - 1] &&
        link_between(text, qs[i - 1].begin, qs[i - 1].end, q.begin) == Link::range) {
      claimed[i - 1] = true;
      Mention m = money_mention(qs[i - 1].begin, end, c.code);
      m.entity.min = in_currency(value_under(qs[i - 1], q));
      m.entity.max = in_currency(q.value);
      found.push_back({m, true});
      continue;
    }
    // A list closed by this quantity: one entity per number, the currency written once. Only
    // the last link may be "et"/"ou": "2, 3 et 4 millions", not "2 et 3, 4 millions".
    std::vector<std::size_t> list;
    for (std::size_t j = i; j > 0;) {
      --j;
      if (claimed[j] || currency[j] || qs[j].lone_article) break;
      if (link_between(text, qs[j].begin, qs[j].end, qs[j + 1].begin) != Link::list) break;
      if (j + 1 != i && !text_is(text, qs[j].end, qs[j + 1].begin, ", ")) break;
      list.push_back(j);
    }
    for (auto it = list.rbegin(); it != list.rend(); ++it) {
      claimed[*it] = true;
      Mention m = money_mention(qs[*it].begin, qs[*it].end, c.code);
      m.entity.value = in_currency(value_under(qs[*it], q));
      found.push_back({m, true});
    }
    Mention m = money_mention(symbol_first ? c.begin : q.begin, end, c.code);
    m.entity.value = in_currency(q.value);
    if (!symbol_first && q.scale == 0) absorb_subunit(text, qs, i, currency, claimed, m);
    found.push_back({m, true});
    previous = found.size() - 1;
  }
  return found;
}

void MoneyExtractor::implied_amounts(const DocumentView& doc, const std::vector<bool>& claimed,
                                     std::vector<Pending>& found) const {
  // The amount before, in the same sentence or the two before ("contre 2,3 milliards un an plus
  // tôt"), else the next amount of the same or the next sentence ("atteint 25,9 milliards,
  // contre […] 2,84 milliards d'euros").
  const auto& qs = doc.quantities;
  const auto& seg = doc.segmentation;
  std::vector<Pending> implied;
  std::size_t next = 0;
  for (std::size_t i = 0; i < qs.size(); ++i) {
    while (next < found.size() && found[next].mention.begin < qs[i].begin) ++next;
    const Quantity& q = qs[i];
    if (claimed[i] || q.scale < 6 || q.scale_abbreviated || q.glued || q.attached) continue;
    if (counts_something(doc.text, q.end)) continue;
    const std::size_t here = seg.sentence_at(q.begin);
    const Pending* source = nullptr;
    if (next > 0 && seg.sentence_at(found[next - 1].mention.begin) + 2 >= here) {
      source = &found[next - 1];
    } else if (next < found.size() && seg.sentence_at(found[next].mention.begin) <= here + 1) {
      source = &found[next];
    }
    if (!source) continue;
    Mention m = money_mention(q.begin, q.end, source->mention.entity.currency);
    m.entity.value = q.value;
    implied.push_back({m, false});
  }
  found.insert(found.end(), implied.begin(), implied.end());
}

void MoneyExtractor::extract(const DocumentView& doc, std::vector<Mention>& out) const {
  const std::string_view text = doc.text;
  const auto& qs = doc.quantities;
  const Currencies currency = stated_currencies(text, qs);
  std::vector<bool> claimed(qs.size(), false);
  std::vector<Pending> found = written_amounts(text, qs, currency, claimed);
  implied_amounts(doc, claimed, found);
  std::stable_sort(found.begin(), found.end(),
                   [](const Pending& a, const Pending& b) { return a.mention.begin < b.mention.begin; });

  // Qualifiers, and conversions in parentheses right after another amount.
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
