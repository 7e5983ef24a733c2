// Pass 1 of mining a spinner's dictionary: the documents of a collection,
// tokenized, and every word, bigram and trigram type in them counted with
// the documents it is in. A spinner's output forms are over-represented in
// its collection against general English, and the originals it replaced
// under-represented; these counts are what both are measured on.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_map.h"
#include "tokenize/annotations.h"
#include "tokenize/token.h"
#include "tokenize/tokenizer.h"

namespace unspin {

// One document, held whole with its tokens. With the counts of every phrase
// type, a collection takes about 35 bytes of memory for every byte of text
// (measured: 1.56 MB of spun pages, 670 documents, 47 MB more than
// 0.14 MB took).
struct CensusDocument {
  std::string name;
  std::string text;
  Tokens tokens;  // keys view their own storage, not `text`
  std::vector<TokenAnnotation> annotations;
  // Whether token i may be part of a counted phrase: a word or number,
  // outside quotes and addresses, in lower case (or capitalised only to
  // start a sentence), and not part of a hyphenated or slashed compound
  // ("well" in "well-known": spinners swap compounds whole).
  std::vector<bool> countable;
};

// A phrase type's counts.
struct PhraseCount {
  uint32_t occurrences = 0;
  std::vector<uint32_t> documents;  // indices into documents(), ascending, each once
};

// Tokens [begin, end) of document `document`.
struct PhraseOccurrence {
  uint32_t document = 0;
  uint32_t begin = 0, end = 0;
};

// Not thread-safe: Add() every document, then query.
class PhraseCensus {
 public:
  static constexpr size_t kMaxWords = 3;  // longest phrase type counted

  // Tokenizes and counts `text`. A phrase is 1 to kMaxWords countable
  // tokens in a row on one line, at least one a word; only its first may
  // be capitalised (a sentence start).
  void Add(std::string name, std::string text);

  const std::vector<CensusDocument>& documents() const { return documents_; }
  // Countable tokens in all documents: the number of places a phrase may
  // start, the denominator of collection frequencies.
  uint64_t positions() const { return positions_; }

  // The counts of `key` (token keys joined by single spaces), or nullptr
  // when it was never seen as a phrase.
  const PhraseCount* Find(std::string_view key) const;
  // log10 of the share of positions where `key` stands, with half an
  // occurrence added (a type never seen still gets a finite value).
  double LogFrequency(std::string_view key) const;

  // Every type seen at least `min_occurrences` times in at least
  // `min_documents` documents, sorted by key.
  std::vector<std::string> Types(size_t min_occurrences, size_t min_documents) const;

  // The occurrences of `key`, in document order; at most `limit`, spread
  // evenly over all of them when there are more.
  std::vector<PhraseOccurrence> Occurrences(std::string_view key, size_t limit) const;

 private:
  void Count(uint32_t document);

  Tokenizer tokenizer_;
  std::vector<CensusDocument> documents_;
  StringMap<PhraseCount> counts_;
  uint64_t positions_ = 0;
};

}  // namespace unspin
