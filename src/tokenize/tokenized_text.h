// The types every stage after tokenizing shares: a document as tokens with
// their annotations, and a candidate edit found in it. Kept here, below the
// rules, so that the spell, vocabulary, decision and resolution stages need
// not include the matcher to name them.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "tokenize/annotations.h"
#include "tokenize/token.h"

namespace unspin {

// A rule phrase (or a proposal) found in the document: tokens [first, end).
struct Candidate {
  uint32_t first = 0;
  uint32_t end = 0;
  uint32_t variant = 0;      // index into RuleSet::variants() (or a VariantTable)
  uint32_t restoration = 0;  // which of the variant's restorations to apply
  // How strongly the evidence favours this edit: the rule's confidence
  // without a vocabulary; the context decision's evidence with one.
  double strength = 0;
  bool scored = false;  // strength is context evidence (see --explain)
};

// The view of a document that matching and the later stages need. All
// references must outlive its use.
struct TokenizedText {
  std::string_view text;
  const Tokens& tokens;
  const std::vector<TokenAnnotation>& annotations;
  // RuleSet::WordId of each token's key (kNoNode for line breaks and
  // invalid bytes), from WordIdsOf(); may be left empty, and the stages that
  // need it then work it out themselves.
  std::span<const uint32_t> word_ids = {};
};

}  // namespace unspin
