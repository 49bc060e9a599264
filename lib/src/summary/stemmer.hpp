// summary/stemmer.hpp: Snowball's French stemmer (libstemmer), for comparing sentences.
//
// "investit", "investissement" and "investir" all become "invest", so that two sentences about
// the same thing share words whatever their inflection. A libstemmer stemmer keeps its working
// state inside, so one Stemmer serves one thread (summary/vocabulary.hpp keeps one per thread,
// with the stems already made).
#pragma once

#include <string>
#include <string_view>

struct sb_stemmer;

namespace extrait::summary {

class Stemmer {
 public:
  Stemmer();
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  // The stem of a lower-case UTF-8 word; the word itself if the stemmer could not be made.
  std::string stem(std::string_view lower_word);

 private:
  sb_stemmer* stemmer_ = nullptr;
};

}  // namespace extrait::summary
