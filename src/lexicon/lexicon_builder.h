// Compiling the thesauri into a lexicon file (lexicon_format.h) that maps a
// lemma to its candidate originals: the words a spinner may have replaced
// by it. For a word `s` on the page the candidates are every `o` such that
//   WordNet:  o and s share a synset (direct: a synset lists both alike);
//   mythes:   o's entry lists s (direct), or s's entry lists o (reverse);
//             antonyms are left out;
//   Moby:     o and s share a meaning group (direct when o is one of the
//             group's two title words, else only shared membership).
// WordNet and mythes pairs have the part of speech of their sense; a Moby
// pair (Moby has none) takes each part of speech that WordNet or mythes
// give both words, or kUnknown when they share none.
//
// Each entry keeps at most `max_candidates` candidates, best first by:
// more sources agreeing; direct before reverse; better sense rank (the
// lowest of WordNet's and mythes'); higher count in the vocabulary; text.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/status.h"
#include "lexicon/lexical_types.h"
#include "lexicon/moby_reader.h"
#include "lexicon/mythes_reader.h"
#include "lexicon/word_forms.h"
#include "lexicon/wordnet_reader.h"
#include "vocab/vocabulary.h"

namespace unspin {

struct LexiconBuildInputs {
  const WordNet* wordnet = nullptr;  // each may be null: that source is left out
  const std::vector<MythesEntry>* mythes = nullptr;
  const MobyThesaurus* moby = nullptr;
  const Vocabulary* vocabulary = nullptr;  // for the ranking; may be null
  uint32_t max_candidates = 100;
};

struct LexiconBuildStats {
  size_t keys = 0, entries = 0, candidates = 0, candidates_cut = 0;
  size_t bytes = 0;
};

// The bytes of a lexicon file. `forms` re-inflects candidates and should
// hold WordNet's exceptions when WordNet is an input. Stats go to `stats`
// when it is not null.
std::string BuildLexicon(const LexiconBuildInputs& inputs, const WordForms& forms,
                         LexiconBuildStats* stats = nullptr);

}  // namespace unspin
