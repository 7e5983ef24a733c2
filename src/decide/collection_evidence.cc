#include "decide/collection_evidence.h"

#include <algorithm>

namespace unspin {
namespace {

// A contribution holds one document, so its tallies' document counts are
// 0 or 1: the first candidate sets them, later ones only add gains.
void AddCandidate(PoolTally& tally, double gain, bool applied) {
  tally.documents_seen = 1;
  if (applied) tally.documents_applied = 1;
  tally.gain_sum += gain;
  ++tally.gain_count;
}

}  // namespace

void PoolTally::Merge(const PoolTally& other) {
  documents_seen += other.documents_seen;
  documents_applied += other.documents_applied;
  gain_sum += other.gain_sum;
  gain_count += other.gain_count;
}

CollectionEvidence CollectionEvidence::OneDocument(bool spun) {
  CollectionEvidence evidence;
  evidence.documents_ = 1;
  evidence.spun_documents_ = spun ? 1 : 0;
  return evidence;
}

void CollectionEvidence::Merge(const CollectionEvidence& other) {
  documents_ += other.documents_;
  spun_documents_ += other.spun_documents_;
  for (const auto& [rule, tally] : other.rules_) rules_[rule].Merge(tally);
  for (const auto& [key, tally] : other.pairs_) pairs_[key].Merge(tally);
}

double CollectionEvidence::SpunShare() const {
  return documents_ == 0 ? 0.0 : static_cast<double>(spun_documents_) / documents_;
}

const PoolTally* CollectionEvidence::Rule(uint32_t rule_index) const {
  const auto found = rules_.find(rule_index);
  return found == rules_.end() ? nullptr : &found->second;
}

const PoolTally* CollectionEvidence::Pair(const std::string& key) const {
  const auto found = pairs_.find(key);
  return found == pairs_.end() ? nullptr : &found->second;
}

void CollectionEvidence::AddRuleCandidate(uint32_t rule_index, double gain, bool applied) {
  AddCandidate(rules_[rule_index], gain, applied);
}

void CollectionEvidence::AddPairCandidate(const std::string& key, double gain, bool applied) {
  AddCandidate(pairs_[key], gain, applied);
}

double PooledRuleGain(double document_sum, int document_count, const PoolTally* collection,
                      const PoolPolicy& policy, bool document_spun) {
  const double own = document_count == 0 ? 0.0 : document_sum / document_count;
  if (collection == nullptr || collection->gain_count == 0) return own;
  const double weight = policy.collection_weight;
  const double pooled = (document_sum + weight * collection->gain_sum) /
                        (document_count + weight * collection->gain_count);
  return document_spun ? std::max(own, pooled) : std::min(own, pooled);
}

bool CollectionPriorHolds(const CollectionEvidence& pool, const PoolPolicy& policy,
                          int supported, int opposed, size_t words) {
  return pool.documents() >= policy.min_documents &&
         pool.SpunShare() >= policy.min_spun_share &&
         supported >= static_cast<int>(policy.min_supported) && supported > opposed &&
         100.0 * supported >= policy.min_supported_per_100_words * static_cast<double>(words);
}

}  // namespace unspin
