// Merging what several sources say about one (surface, original) pair:
// the builder merges its records per pair, a lookup its candidates per text.
#pragma once

#include <algorithm>
#include <vector>

#include "lexicon/lexical_types.h"

namespace unspin {

// `into` takes the sources of `from` and the better of each sense rank. T
// has the fields sources, direct_sources, wordnet_rank and mythes_rank.
template <typename T>
void MergePairFacts(T& into, const T& from) {
  into.sources |= from.sources;
  into.direct_sources |= from.direct_sources;
  into.wordnet_rank = BestRank(into.wordnet_rank, from.wordnet_rank);
  into.mythes_rank = BestRank(into.mythes_rank, from.mythes_rank);
}

// Sorts `items` by `less` and merges the runs it finds equal into one item.
template <typename T, typename Less>
void SortAndMergePairs(std::vector<T>& items, Less less) {
  std::sort(items.begin(), items.end(), less);
  size_t kept = 0;
  for (const T& item : items) {
    if (kept > 0 && !less(items[kept - 1], item)) {
      MergePairFacts(items[kept - 1], item);
    } else {
      items[kept++] = item;
    }
  }
  items.resize(kept);
}

}  // namespace unspin
