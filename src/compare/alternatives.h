// "{a|b}" markup in reference texts: wordings that are all acceptable
// (see corpus/README.md).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"

namespace unspin {

// One "{a|b|...}" group: a '{', then text with at least one '|' and no
// braces, then '}'.
struct AlternativeGroup {
  ByteSpan span;                     // the whole group, braces included
  std::vector<std::string> options;  // split at '|', as written (may be empty)
};

// The groups of `text` in order, found left to right without overlap (the
// same groups as the pattern \{([^{}]*\|[^{}]*)\}). A brace that does not
// open such a group is ordinary text.
std::vector<AlternativeGroup> FindAlternativeGroups(std::string_view text);

// `text` with each group replaced by one of its options.
struct ResolvedText {
  std::string text;
  // Per group, where its chosen option is in `text`.
  std::vector<ByteSpan> spans;
};

// Replaces group i of `groups` (found in `text`) by its option `choice[i]`
// (the first option where `choice` is shorter or the index is out of range).
ResolvedText ResolveAlternatives(std::string_view text, const std::vector<AlternativeGroup>& groups,
                                 const std::vector<size_t>& choice = {});

}  // namespace unspin
