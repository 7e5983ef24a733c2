// Proposing restorations no rule names: for the words of a document, the
// originals that the open thesauri say a spinner may have replaced by them
// (the candidate lexicon), each scored in context like a rule's candidate.
// Proposals are evidence, never an edit on their own: the learned decision
// applies one only where the context and the document (a spun one) are
// overwhelming.
//
// Two uses: a sample of the document's words measures how many of them a
// thesaurus neighbour fits much better (the detector's anomaly rate), and,
// in a document the detector finds spun, every eligible word is proposed for.
#pragma once

#include <cstdint>
#include <vector>

#include "decide/candidate_decision.h"
#include "lexicon/lexicon.h"
#include "rules/variant_table.h"

namespace unspin {

struct ProposerOptions {
  // Thesauri not to use (honest evaluation against a simulator that spins
  // with one of them).
  SourceMask exclude = 0;
  // Candidates scored per word: the lexicon's best by its own ranking.
  size_t candidates_per_word = 10;
  // Words sampled for the anomaly rate, at most.
  size_t sample_limit = 192;
};

// Immutable; thread-safe. `lexicon` must outlive it.
class Proposer {
 public:
  // `thesaurus_rule` is the index of the rule proposals are made under (a
  // rule with no phrases, origin kThesaurus: see Restorer).
  Proposer(const Lexicon& lexicon, uint32_t thesaurus_rule, ProposerOptions options)
      : lexicon_(lexicon), thesaurus_rule_(thesaurus_rule), options_(options) {}

  // Samples up to sample_limit eligible words evenly and adds to the
  // decider's evidence how many have a thesaurus neighbour that gains at
  // least kAnomalousGain.
  void Sample(const TokenizedText& document, const std::vector<bool>& covered,
              VariantTable& variants, DocumentDecider& decider) const;
  // Adds a proposal for every eligible word or phrase not `covered` by a
  // rule's candidate.
  void ProposeAll(const TokenizedText& document, const std::vector<bool>& covered,
                  VariantTable& variants, DocumentDecider& decider) const;

 private:
  // The proposal for the phrase at tokens [first, end), or false when the
  // lexicon has nothing for it.
  bool Propose(const TokenizedText& document, uint32_t first, uint32_t end,
               VariantTable& variants, Candidate& candidate) const;
  // The longest lexicon phrase starting at `first` (up to 3 words), or 0.
  uint32_t PhraseEnd(const TokenizedText& document, uint32_t first,
                     const std::vector<bool>& covered) const;

  const Lexicon& lexicon_;
  uint32_t thesaurus_rule_;
  ProposerOptions options_;
};

// A token the proposer may treat as spun: a word outside quotes, lower case
// (or capitalised only as a sentence's first word), not inside a
// hyphenated compound.
bool ProposableToken(const TokenizedText& document, uint32_t index);

}  // namespace unspin
