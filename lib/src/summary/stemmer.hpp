// summary/stemmer.hpp: Snowball's French stemmer (libstemmer), for comparing sentences.
//
// "investit", "investissement" and "investir" all become "invest", so that two sentences about
// the same thing share words whatever their inflection. A libstemmer stemmer keeps its working
// state inside, so one Stemmer serves one thread (summary/vocabulary.hpp keeps one per thread,
// with the stems already made).
//
// libstemmer builds the French rules twice from the same Snowball source: for UTF-8, and for
// ISO-8859-1, one byte a letter. The second makes the same stems for some 40 % fewer
// instructions, the UTF-8 one decoding every letter it tests: a word written in Latin-1 letters
// only (nearly every French word) is stemmed in ISO-8859-1 and its stem written back in UTF-8,
// the others ("cœur": œ is not Latin-1) are stemmed in UTF-8.
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
  // The stem of a word made of code points up to U+00FF, `latin1_` holding it in ISO-8859-1.
  std::string stem_latin1(std::string_view lower_word);

  sb_stemmer* utf8_ = nullptr;
  sb_stemmer* latin1_stemmer_ = nullptr;
  std::string latin1_;  // scratch: the word in ISO-8859-1
};

}  // namespace extrait::summary
