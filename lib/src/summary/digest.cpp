#include "summary/digest.hpp"

#include <algorithm>

#include "summary/sentence_filter.hpp"

namespace extrait::summary {

namespace {

// The kinds and roles of the JSON contract, as a French reader names them.
std::string_view kind_fr(std::string_view kind) {
  static const std::vector<std::pair<std::string_view, std::string_view>> labels = {
      {"investment", "investissement"}, {"fundraising", "levée de fonds"}, {"acquisition", "acquisition"},
      {"contract", "contrat"},          {"revenue", "chiffre d'affaires"}, {"profit", "bénéfice"},
      {"loss", "perte"},                {"debt", "dette"},                 {"cash", "trésorerie"},
      {"dividend", "dividende"},        {"valuation", "valorisation"},     {"fine", "amende"},
      {"budget", "budget"},             {"cost", "coût"},                  {"price", "prix"},
      {"salary", "rémunération"},       {"tax", "impôt"},                  {"other", "montant"}};
  for (const auto& [k, label] : labels) {
    if (k == kind) return label;
  }
  return kind;
}

std::string_view role_fr(std::string_view role) {
  static const std::vector<std::pair<std::string_view, std::string_view>> labels = {
      {"payer", "payeur"}, {"recipient", "bénéficiaire"}, {"buyer", "acheteur"},
      {"target", "cible"}, {"seller", "vendeur"},         {"fined", "sanctionné"}};
  for (const auto& [r, label] : labels) {
    if (r == role) return label;
  }
  return "";  // "subject" and no role: the name alone says it
}

std::string_view qualifier_fr(Qualifier q) {
  switch (q) {
    case Qualifier::exact: return "";
    case Qualifier::approx: return "environ";
    case Qualifier::at_least: return "au moins";
    case Qualifier::more_than: return "plus de";
    case Qualifier::at_most: return "au plus";
    case Qualifier::less_than: return "moins de";
    case Qualifier::up_to: return "jusqu'à";
  }
  return "";
}

std::string with_qualifier(const Entity& e, std::string text) {
  const std::string_view q = qualifier_fr(e.qualifier);
  return q.empty() ? text : std::string(q) + " " + text;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The first `limit` words of `s`, with "…" when some were left out.
std::string first_words(std::string_view s, std::size_t limit) {
  std::size_t words = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_space(s[i]) && (i == 0 || is_space(s[i - 1])) && ++words > limit) {
      std::string_view head = s.substr(0, i);
      while (!head.empty() && (is_space(head.back()) || head.back() == ',' || head.back() == ';' || head.back() == ':')) {
        head.remove_suffix(1);
      }
      return std::string(head) + "…";
    }
  }
  return std::string(s);
}

std::string headline(const Report& report, std::string_view input) {
  if (report.sentences.empty() || report.sentences.front().span.byte_end > input.size()) {
    return first_words(report.summary.text, kHeadlineWords);
  }
  const Span& span = report.sentences.front().span;
  const std::string_view first = input.substr(span.byte_start, span.byte_end - span.byte_start);
  // A title stands alone on the first line and has no final punctuation: it is the headline as
  // its author wrote it. Otherwise the article opens on its lead, which is shortened.
  const bool alone = span.byte_end == input.size() || input[span.byte_end] == '\n' || input[span.byte_end] == '\r';
  if (alone && !SentenceFilter::ends_as_sentence(first)) return first_words(first, kTitleWords);
  return first_words(first, kHeadlineWords);
}

std::vector<NameCount> count_names(const Report& report, EntityType type) {
  std::vector<NameCount> out;
  for (const Entity& e : report.entities) {
    if (e.type != type) continue;
    const std::string& name = e.name.empty() ? e.text : e.name;
    auto it = std::find_if(out.begin(), out.end(), [&](const NameCount& n) { return n.name == name; });
    if (it == out.end()) out.push_back({name, 1});
    else ++it->count;
  }
  // most named first; among equals, the first named first (stable)
  std::stable_sort(out.begin(), out.end(), [](const NameCount& a, const NameCount& b) { return a.count > b.count; });
  return out;
}

}  // namespace

std::string french_number(const Decimal& d) {
  std::string s = d.to_string();
  std::string sign;
  if (!s.empty() && s[0] == '-') {
    sign = "-";
    s.erase(0, 1);
  }
  const std::size_t point = s.find('.');
  const std::string whole = s.substr(0, point);
  const std::string frac = point == std::string::npos ? "" : s.substr(point + 1);
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped.push_back(' ');
    grouped.push_back(whole[i]);
  }
  return sign + grouped + (frac.empty() ? "" : "," + frac);
}

std::string bare_value_text(const Entity& e) {
  std::string v;
  if (e.value) v = french_number(*e.value);
  else if (e.min && e.max) v = french_number(*e.min) + " à " + french_number(*e.max);
  else if (!e.iso.empty()) v = e.iso + (e.mod.empty() ? "" : " (" + e.mod + ")");
  else if (!e.name.empty()) v = e.name;
  if (e.type == EntityType::money) v += " " + e.currency;
  if (e.type == EntityType::percent) v += " %";
  return v;
}

std::string value_text(const Entity& e) { return with_qualifier(e, bare_value_text(e)); }

namespace {

// A key figure with its participants still apart, so that a repeat can add its own.
struct Figure {
  KeyFigure key;
  std::string repeat_key;  // the value with its qualifier, and the kind: what a repeat shares
  std::vector<std::string> who;
};

// The article states its main figure more than once (the title, the lead, the body): a box of
// key figures names it once, with every participant any statement gave it, the first date given,
// and "unconfirmed" only if no statement confirms it.
void add_or_merge(std::vector<Figure>& figures, Figure f) {
  auto same = std::find_if(figures.begin(), figures.end(), [&](const Figure& g) { return g.repeat_key == f.repeat_key; });
  if (same == figures.end()) {
    figures.push_back(std::move(f));
    return;
  }
  for (std::string& w : f.who) {
    // "Lumenia (bénéficiaire)" and "Lumenia": the same organization; the one with a role wins.
    const std::string name = w.substr(0, w.find(" ("));
    auto named = std::find_if(same->who.begin(), same->who.end(),
                              [&](const std::string& v) { return v.substr(0, v.find(" (")) == name; });
    if (named == same->who.end()) {
      same->who.push_back(std::move(w));
    } else if (named->size() == name.size() && w.size() > name.size()) {
      *named = std::move(w);
    }
  }
  if (same->key.when.empty()) same->key.when = std::move(f.key.when);
  if (same->key.conversions.empty()) same->key.conversions = std::move(f.key.conversions);
  same->key.unconfirmed = same->key.unconfirmed && f.key.unconfirmed;
}

}  // namespace

Digest make_digest(const Report& report, std::string_view input) {
  Digest d;
  d.headline = headline(report, input);
  d.summary = report.summary.text;
  const auto& entities = report.entities;
  auto fact_about = [&](std::size_t entity) {
    return std::find_if(report.facts.begin(), report.facts.end(), [&](const Fact& f) { return f.amount == entity; });
  };
  std::vector<Figure> figures;
  for (const Fact& f : report.facts) {
    if (f.amount >= entities.size()) continue;
    const Entity& amount = entities[f.amount];
    // A conversion is shown beside the amount it converts, not on a line of its own.
    if (amount.converts && fact_about(*amount.converts) != report.facts.end()) continue;
    // A percentage is a key figure when it says what it measures.
    if (amount.type == EntityType::percent && f.kind == "other") continue;
    Figure figure;
    KeyFigure& k = figure.key;
    k.amount = with_qualifier(amount, amount.text);
    if (amount.type == EntityType::money) k.value = bare_value_text(amount);
    for (std::size_t i = f.amount + 1; i < entities.size(); ++i) {
      if (entities[i].converts != f.amount) continue;
      if (!k.conversions.empty()) k.conversions += ", ";
      k.conversions += with_qualifier(entities[i], entities[i].text);
    }
    k.what = kind_fr(f.kind);
    for (const FactOrganization& o : f.organizations) {
      const std::string_view role = role_fr(o.role);
      figure.who.push_back(o.name + (role.empty() ? "" : " (" + std::string(role) + ")"));
    }
    if (f.date && *f.date < entities.size()) {
      const Entity& date = entities[*f.date];
      k.when = date.text + (date.iso.empty() ? "" : " (" + date.iso + ")");
    }
    k.unconfirmed = f.certainty == "reported";
    k.sentence = f.sentence;
    figure.repeat_key = value_text(amount) + "|" + f.kind;
    add_or_merge(figures, std::move(figure));
  }
  for (Figure& f : figures) {
    for (const std::string& w : f.who) f.key.who += (f.key.who.empty() ? "" : ", ") + w;
    d.figures.push_back(std::move(f.key));
  }
  d.organizations = count_names(report, EntityType::organization);
  d.people = count_names(report, EntityType::person);
  return d;
}

}  // namespace extrait::summary
