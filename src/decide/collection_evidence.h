// Evidence pooled across a collection of documents (--pool): a spinner farm
// repeats its dictionary on every page, so what one page shows about a rule
// strengthens the decision on the next.
//
// One CollectionEvidence holds, per rule and per proposed spun -> original
// pair, in how many documents it was seen and applied and the gains its
// candidates had; and how many documents there were and how many of them the
// detector found spun on their own evidence. A document's decision returns
// its own contribution in the same form (one document); the front end merges
// contributions in input order between batches, and the documents of the
// next batch are decided with the merged evidence as an immutable snapshot
// (docs/pipelines.md, "Pooling evidence across a collection").
#pragma once

#include <cstdint>
#include <map>
#include <string>

namespace unspin {

// What the collection knows about one rule or one pair.
struct PoolTally {
  uint32_t documents_seen = 0;     // documents with a scored candidate of it
  uint32_t documents_applied = 0;  // ... of which the decision applied one
  double gain_sum = 0;             // the gains of those candidates, summed
  uint32_t gain_count = 0;         // ... and how many candidates they were

  // The mean gain, or 0 with no candidate.
  double MeanGain() const { return gain_count == 0 ? 0.0 : gain_sum / gain_count; }
  void Merge(const PoolTally& other);
};

// Keys are a Restorer's rule indices and pair keys (DocumentDecider's
// "rule index or spun words, \x1f, restoration"): a pool is only meaningful
// with the restorer that filled it. A value type; const methods are safe
// from many threads, Merge is not (merge between batches, not during one).
class CollectionEvidence {
 public:
  // One document's contribution, to be filled by the decision.
  static CollectionEvidence OneDocument(bool spun);

  // Adds `other` (a document's contribution, or a whole pool). Sums are of
  // doubles: merging the same contributions in the same order gives the
  // same bits, whatever thread computed them.
  void Merge(const CollectionEvidence& other);

  uint32_t documents() const { return documents_; }
  uint32_t spun_documents() const { return spun_documents_; }
  // spun_documents / documents, 0 when empty.
  double SpunShare() const;

  // Null when the rule or pair was never seen.
  const PoolTally* Rule(uint32_t rule_index) const;
  const PoolTally* Pair(const std::string& key) const;

  // For the decision filling a contribution: a candidate of the rule (and
  // its pair) with `gain`, applied or not. A document counts once per rule
  // and pair in documents_seen / documents_applied.
  void AddRuleCandidate(uint32_t rule_index, double gain, bool applied);
  void AddPairCandidate(const std::string& key, double gain, bool applied);

  bool empty() const { return documents_ == 0; }

 private:
  // Ordered maps: iteration (and so any printout) does not depend on hashing.
  uint32_t documents_ = 0;
  uint32_t spun_documents_ = 0;
  std::map<uint32_t, PoolTally> rules_;
  std::map<std::string, PoolTally, std::less<>> pairs_;
};

// How the hand-set decision uses a pool (HandSetEvidence's inputs); the
// figures were set on the simulator's farms and checked on clean text
// mixed into spun collections (bench/pool-quality.py).
struct PoolPolicy {
  // The collection's candidates of a rule count this much each, beside the
  // document's own, in the rule's pooled gain.
  double collection_weight = 1.0;
  // The collection prior: a document that the detector does not find spun
  // on its own is treated as spun when the collection has at least
  // `min_documents` earlier documents, at least `min_spun_share` of them
  // spun, and the document itself holds at least `min_supported` supported
  // candidates (gain >= kSupportedGain) of rules that were applied in at
  // least `min_rule_documents` earlier documents, at least
  // `min_supported_per_100_words` of them, and more supported candidates
  // than opposed ones. The density is what keeps a clean page of a farm's
  // site clean: a clean 870-word story in corpus/clean holds 5 supported
  // candidates (0.55 per 100 words), and the most among the project's 642
  // clean documents and excerpts is 1.55 (docs/learning.md), while the
  // built-in detector alone needs 2.5.
  uint32_t min_documents = 3;
  double min_spun_share = 0.5;
  uint32_t min_supported = 2;
  double min_supported_per_100_words = 1.6;
  uint32_t min_rule_documents = 2;
};

// A rule's pooled gain with the collection's candidates: the mean over the
// document's candidates and the collection's, each of those weighted by
// policy.collection_weight. In a document found spun (on its own evidence or
// by the collection prior) the pool only strengthens: never less than the
// document's own mean (a rule the document supports more than the farm's
// other pages keeps its own evidence). In a document not found spun it only
// weakens: never more than the document's own mean, so pooling alone never
// makes an edit in a clean document bolder. `collection` may be null (the
// rule unseen).
double PooledRuleGain(double document_sum, int document_count, const PoolTally* collection,
                      const PoolPolicy& policy, bool document_spun);

// Whether the collection prior holds (PoolPolicy) for a document of `words`
// words holding `supported` and `opposed` candidates of rules the
// collection applied in at least policy.min_rule_documents documents.
bool CollectionPriorHolds(const CollectionEvidence& pool, const PoolPolicy& policy,
                          int supported, int opposed, size_t words);

}  // namespace unspin
