// A compiled, immutable set of rules: every phrase of every rule, in every
// inflected form, in one token trie.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/status.h"
#include "rules/inflector.h"
#include "rules/rule.h"
#include "rules/edge_table.h"
#include "rules/word_id_table.h"
#include "tokenize/tokenizer.h"

namespace unspin {

// One matchable phrase: a spun form of a rule and what each of the rule's
// restorations becomes for that form.
struct PhraseVariant {
  uint32_t rule_index = 0;
  uint32_t length = 0;  // in tokens
  // Candidate restorations for this form, the default first: the rule's
  // restorations, inflected like the spun form (or a form: line's one).
  std::vector<std::string> restorations;
  // Token keys of each restoration (for context scoring), parallel to
  // `restorations`.
  std::vector<std::vector<std::string>> restoration_keys;
  // How many of the open thesauri list each restoration as a word the
  // spinner may have replaced by this form (0 to 3), parallel to
  // `restorations`; empty when unknown (no lexicon).
  std::vector<uint8_t> thesaurus_sources;
};

// Built once, then shared as const: all methods are thread-safe.
class RuleSet {
 public:
  // Compiles `rules` (in load order; earlier rules win ties). Fails when a
  // phrase has no words or rule ids repeat; messages name file:line.
  static StatusOr<RuleSet> Compile(std::vector<Rule> rules, const Inflector& inflector);

  const std::vector<Rule>& rules() const { return rules_; }
  const std::vector<PhraseVariant>& variants() const { return variants_; }

  // What the matcher checks first about a variant, packed in 16 bytes: a
  // match reads this instead of the variant and its rule (hundreds of bytes,
  // each on cache lines of its own). Parallel to variants().
  struct VariantFacts {
    double confidence = 0;  // the rule's
    uint32_t rule_index = 0;
    bool certain = false;
    bool has_conditions = false;           // before:/after:
    bool has_document_conditions = false;  // document has:/lacks:
  };
  const std::vector<VariantFacts>& variant_facts() const { return variant_facts_; }

  // The trie. Node 0 is the root; Child() returns kNoNode when the token key
  // leads nowhere. Variants() lists the phrases that end at a node.
  static constexpr uint32_t kNoNode = UINT32_MAX;
  uint32_t Child(uint32_t node, std::string_view token_key) const;
  // The id of a token key in the trie's alphabet, or kNoNode when no phrase
  // contains it; ChildById() then walks without hashing the key again.
  // (Both inline: they run for every token of the input.)
  uint32_t WordId(std::string_view key) const {
    const uint32_t id = word_ids_.Find(key);
    return id == WordIdTable::kAbsent ? kNoNode : id;
  }
  uint32_t ChildById(uint32_t node, uint32_t word_id) const {
    if (word_id == kNoNode) return kNoNode;
    if (node == 0) return word_id < root_children_.size() ? root_children_[word_id] : kNoNode;
    const uint32_t child = edges_.Find((static_cast<uint64_t>(node) << 32) | word_id);
    return child == EdgeTable::kAbsent ? kNoNode : child;
  }
  std::span<const uint32_t> VariantsEndingAt(uint32_t node) const {
    return {terminal_variants_.data() + terminal_starts_[node],
            terminal_variants_.data() + terminal_starts_[node + 1]};
  }

  // The token keys of each phrase of each of a rule's document conditions,
  // parallel to Rule::document_conditions and their `phrases`.
  using PhraseKeys = std::vector<std::string>;
  const std::vector<std::vector<PhraseKeys>>& DocumentPhraseKeys(uint32_t rule_index) const {
    return document_phrase_keys_[rule_index];
  }

 private:
  RuleSet() = default;
  Status AddPhrase(uint32_t rule_index, const std::string& spun,
                   std::vector<std::string> restorations, Tokenizer& tokenizer);

  std::vector<Rule> rules_;
  std::vector<PhraseVariant> variants_;
  // Token keys that occur in any phrase; a document token whose key is not
  // here cannot be part of any match.
  WordIdTable word_ids_;
  // The root's children by word id (every match starts there, so it is an
  // array); deeper trie edges keyed by (node << 32 | word id).
  std::vector<uint32_t> root_children_;
  EdgeTable edges_;
  std::vector<std::vector<uint32_t>> terminals_;  // per node: variant indices, while compiling
  // The same once compiled, flat: node n's variants are
  // terminal_variants_[terminal_starts_[n], terminal_starts_[n + 1]). The
  // matcher asks at every node it reaches, and a vector per node cost a
  // cache miss each time.
  std::vector<VariantFacts> variant_facts_;
  std::vector<uint32_t> terminal_starts_;
  std::vector<uint32_t> terminal_variants_;
  std::vector<std::vector<std::vector<PhraseKeys>>> document_phrase_keys_;  // per rule
};

}  // namespace unspin
