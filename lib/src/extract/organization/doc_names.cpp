#include "extract/organization/doc_names.hpp"

#include "extract/organization/fold.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace extrait::extract::names {

void DocNames::add(std::string_view form, std::string_view name, bool exact) {
  if (form.empty()) return;
  std::string f = folded(form);
  for (const Form& existing : forms_) {
    if (existing.folded == f && existing.exact == exact) return;  // the first name taught wins
  }
  forms_.push_back({std::string(form), std::move(f), std::string(name), exact});
}

void DocNames::add_head(std::string_view head, std::string_view name, std::size_t at) {
  heads_.push_back({folded(head), std::string(name), at});
}

std::size_t DocNames::folded_match(std::string_view text, std::size_t at, std::string_view f) {
  std::size_t i = at;
  std::size_t j = 0;
  while (j < f.size()) {
    if (i >= text.size()) return std::string::npos;
    const auto [c, len] = text::decode(text, i);
    const auto [d, dlen] = text::decode(f, j);
    if (c == ' ' && d == ' ') {
      while (i < text.size() && text[i] == ' ') ++i;
      j += dlen;
      continue;
    }
    if (fold(c) != d) return std::string::npos;
    i += len;
    j += dlen;
  }
  return i;
}

bool DocNames::match(const Words& w, std::size_t i, std::size_t* end, std::string* name) const {
  const std::string_view text = w.text();
  const std::size_t at = w[i].begin;
  if (!w[i].capital && !w[i].inner_capital) return false;
  std::size_t best = 0;
  for (const Form& f : forms_) {
    const std::size_t e = folded_match(text, at, f.folded);
    if (e == std::string::npos || e <= best || !text::word_ends_at(text, e)) continue;
    if (f.exact && text.substr(at, e - at) != f.form) continue;
    best = e;
    *name = f.name;
  }
  if (best == 0) {
    // A head alone: the closest full mention before it, else the first after it.
    const Head* before = nullptr;
    const Head* after = nullptr;
    for (const Head& h : heads_) {
      const std::size_t e = folded_match(text, at, h.folded);
      if (e == std::string::npos || e != w[i].end || !text::word_ends_at(text, e)) continue;
      if (h.at < at && (!before || h.at > before->at)) before = &h;
      if (h.at > at && (!after || h.at < after->at)) after = &h;
    }
    const Head* chosen = before ? before : after;
    if (!chosen) return false;
    best = w[i].end;
    *name = chosen->name;
  }
  *end = best;
  return true;
}

}  // namespace extrait::extract::names
