// Swaps made inside a word. Some spinners replace dictionary words as plain
// strings, without looking at word boundaries, so a synonym lands in the
// middle of a longer word: "said" holds "aid", "aid" becomes "help", and
// the page reads "shelp". The result is no English word, which is what
// makes it recoverable: for a word that neither language model knows, every
// part of it that a thesaurus lists is put back to each word the spinner may
// have replaced by it ("help" <- aid, assist, ...), and the readings that
// make a common English word ("s" + "aid" = "said") are scored in context.
//
// A reading is restored only when it is clearly the best one in its
// context; it then counts as an unmistakable artefact of spinning (a rule
// that is certain), since clean text rarely holds a non-word that a
// synonym turns into a common word.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "decide/candidate_decision.h"
#include "lexicon/lexicon.h"
#include "rules/rule.h"
#include "rules/variant_table.h"
#include "vocab/backoff_model.h"
#include "vocab/language_model.h"

namespace unspin {

// The id and category of the rule inside-word restorations are made under
// (`--disable inside-word` turns them off).
inline constexpr std::string_view kInsideWordRuleId = "inside-word";

// The rule inside-word restorations are made under: no phrases, certain.
Rule InsideWordRule();

// The words `key` (a folded token key) reads as when one part of it, of at
// least kShortestInsidePart letters and not the whole key, is put back to a
// word a spinner may have replaced by that part (the lexicon's candidates
// of the part that a thesaurus lists under it), and the result `is_word`
// accepts. Thesauri in `exclude` are not used (honest evaluation). Sorted,
// each once.
std::vector<std::string> InsideWordReadings(std::string_view key, const Lexicon& lexicon,
                                            const std::function<bool(std::string_view)>& is_word,
                                            SourceMask exclude = 0);

inline constexpr size_t kShortestInsidePart = 3;


// Immutable; thread-safe. The lexicon and models must outlive it.
class InsideWordFinder {
 public:
  // `rule_index`: the index of InsideWordRule() in the rule set.
  InsideWordFinder(const Lexicon& lexicon, const LanguageModel& counts,
                   const BackoffModel* backoff, uint32_t rule_index, SourceMask exclude = 0)
      : lexicon_(lexicon),
        counts_(counts),
        backoff_(backoff),
        rule_index_(rule_index),
        exclude_(exclude),
        generation_(NextGeneration()) {}

  // Adds to `decider`, as artefacts, the inside-word restorations of the
  // document's words that are no word and not `covered` by a rule's
  // candidate.
  void Find(const TokenizedText& document, const std::vector<bool>& covered,
            VariantTable& variants, DocumentDecider& decider) const;

  // Whether `key` is a word: either model or the lexicon knows it.
  bool Known(std::string_view key) const;
  // Known(), remembered per thread for recent words.
  bool KnownCached(std::string_view key) const;
  // Whether `key` is a word common enough to be the original of a swap:
  // the vocabulary has it often, and the backoff model finds it common.
  bool Common(std::string_view key) const;

 private:
  const Lexicon& lexicon_;
  const LanguageModel& counts_;
  const BackoffModel* backoff_;
  uint32_t rule_index_;
  SourceMask exclude_;
  // Unique per finder in the process, so that KnownCached's per-thread
  // table never answers for another finder's models (not even one made
  // later at the same address).
  static uint64_t NextGeneration();
  uint64_t generation_;
};

}  // namespace unspin
