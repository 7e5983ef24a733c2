// Deciding each candidate restoration: the "score in context" stage between
// matching and overlap resolution.
//
// Every candidate of a rule that is not certain, and every restoration the
// thesauri or the language model propose, is scored in its context by each
// language model; the document's evidence goes to the spun-document
// detector; and a learned model (dictionaries/decision.model, logistic
// regression over CandidateFeatures) turns each candidate's features into
// the log odds that restoring it is right. A candidate is applied when its
// evidence, those log odds in log10 units, reaches the minimum (--min-score,
// default 0: even odds).
#pragma once

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

#include "decide/candidate_features.h"
#include "decide/collection_evidence.h"
#include "decide/linear_model.h"
#include "decide/spin_detector.h"
#include "tokenize/tokenized_text.h"
#include "rules/rule_set.h"
#include "rules/variant_table.h"
#include "vocab/backoff_model.h"
#include "vocab/context_scorer.h"
#include "vocab/language_model.h"

namespace unspin {

// What the decision uses; all shared and immutable, and all must outlive
// the call.
struct DecisionModels {
  const LanguageModel* counts = nullptr;     // null: no context scoring
  const BackoffModel* backoff = nullptr;     // optional second model
  const SpinDetector* detector = nullptr;    // null: SpinDetector::BuiltInRule()
  const LinearModel* decision = nullptr;     // required with `counts`
  // Decide rule candidates with the hand-set rule unspin used before the
  // learned models (HandSetEvidence) instead of `decision`: the default
  // until a trained decision.model beats it (docs/learning.md, "Learned models").
  // Proposals are never applied under it.
  bool hand_set = false;
  double min_evidence = 0;                   // log10 odds a restoration needs
  // Keep every restoration's features in Decision::all_features (training
  // data, --explain in JSON), not only the chosen one's.
  bool keep_all_features = false;
  // With --pool: the evidence of the collection's earlier documents (read
  // only), and how the hand-set decision uses it. Null: every document is
  // decided alone, and no contribution is gathered.
  const CollectionEvidence* pool = nullptr;
  PoolPolicy pool_policy;
  // With a pool: gather this document's contribution (false in a repeat
  // pass over text already restored, whose contribution is not kept).
  bool pool_contribution = true;
};

// Why a candidate was or was not applied, for --explain and JSON output.
struct Decision {
  Candidate candidate;
  ByteSpan span;              // the spun wording in the input
  uint32_t rule_index = 0;
  bool applied = false;
  bool certain = false;       // applied without scoring
  bool needs_spin_unmet = false;  // a needs-spin: rule in a document not spun enough
  // A rule's reading outside its context (outside-context:): scored only
  // in a document that may be treated as spun, the only kind it applies in.
  bool outside_context = false;
  CandidateScore score;       // empty restorations when not scored
  size_t best = 0;            // the restoration the model prefers
  // Of `best`, and each weight * feature (natural log odds); empty when the
  // hand-set rule decided (vectors, not arrays: a long document holds a
  // decision per candidate while it is decided).
  std::vector<double> features;
  std::vector<double> contributions;
  // Every restoration's features, parallel to the variant's restorations
  // (only with DecisionModels::keep_all_features).
  std::vector<CandidateFeatures> all_features;
  double evidence = 0;        // log10 odds that restoring `best` is right
};

struct DocumentDecision {
  DocumentEvidence evidence;
  double spin_probability = 0;
  std::vector<Decision> decisions;  // one per candidate, in input order
  // With DecisionModels::pool: this document's contribution to the pool
  // (spun on its own evidence, not by the collection prior), and whether
  // the collection prior made it count as spun for the hand-set decision.
  CollectionEvidence contribution;
  bool spun_by_collection = false;
};

// Decides one document's candidates, in three steps: score the rules'
// candidates and gather the document's evidence; then (optionally) add the
// proposer's candidates, scored with the same scorer; then decide them all.
// Not thread-safe; one per document.
class DocumentDecider {
 public:
  // `variants`, `models` and `document` must outlive the decider.
  DocumentDecider(const VariantTable& variants, const DecisionModels& models,
                  const TokenizedText& document);

  // Scores every candidate that is not certain and counts the document's
  // evidence: certain artefacts, each candidate's gain, spun wordings and
  // their originals written plainly.
  void AddRuleCandidates(const std::vector<Candidate>& candidates);
  // The tokens the rule candidates cover, but for readings outside a
  // context (no evidence either way): the rules' to decide, so the
  // proposer leaves them. Set by AddRuleCandidates.
  const std::vector<bool>& ruled_tokens() const { return ruled_tokens_; }
  // Evidence gathered elsewhere (the proposer's thesaurus sample).
  DocumentEvidence& evidence() { return evidence_; }
  // The detector's probability for the evidence so far.
  double SpinProbability() const;
  // Scores a candidate with this document's scorer (the proposer's use).
  CandidateScore Score(const Candidate& candidate);
  // A proposed candidate and its score (from Score()).
  void AddProposal(const Candidate& candidate, CandidateScore score);
  // A proposed candidate under a certain rule (an inside-word swap): an
  // artefact, applied as it is (its `restoration`). It must not overlap a
  // rule's candidate.
  void AddArtefact(const Candidate& candidate);
  // Decides every candidate added; `kept` receives those to resolve, each
  // with its chosen restoration and its evidence as strength.
  DocumentDecision Decide(std::vector<Candidate>& kept);

 private:
  void CountForms();
  // Counts a certain rule's candidate as an artefact of spinning (once per
  // stretch of text, and once per rule as a distinct one). Candidates
  // counted in document order are counted once where they overlap; one
  // counted out of order (AddArtefact) overlaps none by contract.
  void CountArtefact(const Candidate& candidate, bool in_document_order);
  int PlainCount(uint32_t word_id) const;
  // The decided candidates as a one-document pool contribution.
  CollectionEvidence ContributionOf(bool spun) const;

  const VariantTable& variants_;
  const DecisionModels& models_;
  const TokenizedText& document_;
  std::optional<ContextScorer> scorer_;
  DocumentEvidence evidence_;
  std::vector<Decision> decisions_;
  std::vector<bool> ruled_tokens_;
  uint32_t covered_until_ = 0;             // the last artefact's end
  std::vector<bool> artefact_rules_;       // certain rules seen
  // Per rule, its candidates outside quotes; per RuleSet word id, the
  // restorations' first words written plainly (lower case, outside quotes).
  std::unordered_map<uint32_t, int> spun_by_rule_;
  std::unordered_map<uint32_t, int> plain_words_;
};

// The hand-set decision's evidence (log10 units) for a rule candidate's best
// restoration: the mean of its gain and its rule's pooled gain, the rule's
// prior, a document shift (-1 below 2 artefacts per 1,000 words, rising
// 0.2 per artefact above, capped at +1; a document the detector finds spun
// counts as having at least 2) and a consistency term (+0.5 when the spun
// wording recurs and the original never appears plainly; -1 or -2 when the
// original appears as often or twice as often). Applied at --min-score;
// rules below confidence 0.5 never in a document under 2 artefacts per
// 1,000 words that the detector does not find spun. With a pool
// (DecisionModels::pool) the pooled gain includes the collection's
// (PooledRuleGain) and the collection prior (CollectionPriorHolds) counts as
// the detector finding the document spun.
struct HandSetInputs {
  double gain = 0;
  double pooled_gain = 0;
  double confidence = 0.5;
  double artefacts_per_1000_words = 0;
  bool document_spun = false;  // the detector's probability is 0.5 or more
  int spun_count = 0;
  int original_count = 0;
};
double HandSetEvidence(const HandSetInputs& inputs);
bool HandSetBlocks(double confidence, double artefacts_per_1000_words, bool document_spun);

// The features of restoration `r` of a scored candidate (exposed for tests
// and for the proposer's ranking).
struct FeatureContext {
  double pooled_gain = 0;
  int spun_count = 0;
  int original_count = 0;
  double spin_probability = 0.5;
  double collection_gain = 0;   // the pair's mean gain over the pool
  double collection_spun = 0;   // the pool's share of spun documents
};
CandidateFeatures FeaturesOf(const VariantTable& variants, const TokenizedText& document,
                             const Candidate& candidate, const CandidateScore& score, size_t r,
                             const FeatureContext& context);

}  // namespace unspin
