// Reading the binary trigram models of CMU Sphinx (sphinxbase 5prealpha's
// "Trie Language Model" format: Debian's pocketsphinx-en-us ships
// /usr/share/pocketsphinx/model/en-us/en-us.lm.bin in it).
//
// Why our own reader: Debian's sphinx_lm_convert cannot turn that file into
// ARPA text (it stops on an assertion: the file's header counts six more
// bigrams than its trie holds), and reading it through libsphinxbase at run
// time costs 108 ms of start-up. The format, from sphinxbase's
// lm/ngram_model_trie.c, lm_trie.c and lm_trie_quant.c (BSD licence):
//   char[19] "Trie Language Model"   u8 order (3)   u32 counts[order]
//   i32 (1)   float quantisation bins: for bigrams 2^16 probabilities and
//   2^16 backoffs, for trigrams 2^16 probabilities
//   unigrams: (counts[0] + 1) x {float prob, float backoff, u32 next}
//   bigram array: (counts[1] + 1) entries of word_bits + 32 + next_bits
//     bits (word id, backoff bin, probability bin, first trigram), then 8
//     bytes of padding; trigram array: (counts[2] + 1) entries of
//     word_bits + 16 bits (word id, probability bin), then 8 bytes
//   i32 byte count, then the words, each ended by a NUL
// The trie is reversed: unigram w's bigram range holds the words h1 of the
// bigrams "h1 w", and the trigram range of that entry the words h2 of
// "h2 h1 w". Scores are natural-log-like: log base 1.0001.
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "vocab/backoff_model_source.h"

namespace unspin {

// Parses `bytes`, a Sphinx trie model named `name` (for messages). Fails
// with "NAME: ..." when the header, a size or a pointer in the trie does
// not hold up.
StatusOr<BackoffModelSource> ParseSphinxTrie(std::string_view bytes, const std::string& name);

// The same for the file at `path`.
StatusOr<BackoffModelSource> ReadSphinxTrieFile(const std::string& path);

}  // namespace unspin
