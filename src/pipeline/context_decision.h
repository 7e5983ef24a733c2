// Deciding ambiguous candidates from their context: the "score in context"
// stage between matching and overlap resolution.
#pragma once

#include <string>
#include <vector>

#include "rules/matcher.h"
#include "rules/rule_set.h"
#include "vocab/context_scorer.h"

namespace unspin {

struct DecisionParams {
  // Evidence (in log10 units) a non-certain candidate needs to be applied.
  double min_score = 0.0;
};

// Why a candidate was or was not applied, for --explain and JSON output.
struct Decision {
  Candidate candidate;
  ByteSpan span;             // the spun wording in the input
  uint32_t rule_index = 0;
  bool applied = false;
  bool certain = false;      // applied without scoring
  CandidateScore score;      // empty restorations when certain
  double pooled_gain = 0;    // mean gain of the same rule over the document
  double prior = 0;          // from the rule's confidence
  double document_shift = 0; // from the document's spin score
  // From the document's own word use: a spinner swaps a word the same way
  // every time, so the original wording rarely survives elsewhere in a spun
  // story, while a writer who uses both wordings probably meant both.
  double consistency = 0;
  double evidence = 0;       // what is compared with min_score
};

// Scores every candidate of a non-certain rule, picks its best restoration,
// and keeps it when
//   evidence = (gain + pooled gain) / 2 + prior + document shift
//              + consistency >= min_score
// where gain is how much likelier the window is with the restoration than
// with the spun wording, pooled gain the mean over the same rule's other
// occurrences in the document (a spinner swaps a word the same way every
// time), prior the log-odds of the rule's confidence, and the document shift
// grows with the spin score (a clean article gets no ambiguous edits), and
// consistency compares how often the document uses the restoration itself
// (outside quotes) with how often it uses the spun wording.
// Certain candidates are always kept; candidates of ambiguous rules
// (confidence below 0.5) never are in a document whose spin score is below 2. Returns one Decision per candidate,
// in input order; `kept` receives the candidates to resolve.
std::vector<Decision> DecideInContext(const RuleSet& rules, ContextScorer& scorer,
                                      const TokenizedText& document,
                                      const std::vector<Candidate>& candidates,
                                      double spin_score, const DecisionParams& params,
                                      std::vector<Candidate>& kept);

// The document shift for a spin score (artefacts per 1,000 words).
double DocumentShift(double spin_score);

}  // namespace unspin
