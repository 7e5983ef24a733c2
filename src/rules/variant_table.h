// The phrase variants that one document's candidates refer to: the rule
// set's own, then the restorations proposed for this document by the open
// thesauri or the language model (Candidate::variant counts on from
// RuleSet::variants().size()).
#pragma once

#include <cstdint>
#include <deque>

#include "rules/rule_set.h"

namespace unspin {

// Not thread-safe (Add); cheap to make, one per document.
class VariantTable {
 public:
  explicit VariantTable(const RuleSet& rules) : rules_(&rules) {}

  const PhraseVariant& operator[](uint32_t index) const {
    const size_t base = rules_->variants().size();
    return index < base ? rules_->variants()[index] : proposed_[index - base];
  }
  const Rule& RuleOf(uint32_t variant) const {
    return rules_->rules()[(*this)[variant].rule_index];
  }
  // Adds a proposed variant; returns its index. References to earlier
  // variants stay valid (a deque).
  uint32_t Add(PhraseVariant variant) {
    proposed_.push_back(std::move(variant));
    return static_cast<uint32_t>(rules_->variants().size() + proposed_.size() - 1);
  }
  bool IsProposed(uint32_t index) const { return index >= rules_->variants().size(); }
  size_t proposed_count() const { return proposed_.size(); }
  const RuleSet& rules() const { return *rules_; }

 private:
  const RuleSet* rules_;
  std::deque<PhraseVariant> proposed_;
};

}  // namespace unspin
