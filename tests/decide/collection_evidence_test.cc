// The collection's evidence store (--pool): merging documents' contributions
// and the limits on what pooling may do to a document.
#include "decide/collection_evidence.h"

#include <gtest/gtest.h>

#include "decide/candidate_features.h"
#include "decide/linear_model.h"

namespace unspin {
namespace {

CollectionEvidence Document(bool spun, uint32_t rule, double gain, bool applied) {
  CollectionEvidence document = CollectionEvidence::OneDocument(spun);
  document.AddRuleCandidate(rule, gain, applied);
  document.AddRuleCandidate(rule, gain, /*applied=*/false);
  document.AddPairCandidate("7 \x1fparty", gain, applied);
  return document;
}

TEST(CollectionEvidence, CountsDocumentsOncePerRuleAndSumsEveryCandidatesGain) {
  CollectionEvidence pool;
  pool.Merge(Document(true, 7, 1.5, true));
  pool.Merge(Document(false, 7, -0.5, false));
  EXPECT_EQ(pool.documents(), 2u);
  EXPECT_EQ(pool.spun_documents(), 1u);
  EXPECT_DOUBLE_EQ(pool.SpunShare(), 0.5);
  const PoolTally* rule = pool.Rule(7);
  ASSERT_NE(rule, nullptr);
  EXPECT_EQ(rule->documents_seen, 2u);
  EXPECT_EQ(rule->documents_applied, 1u);
  EXPECT_EQ(rule->gain_count, 4u);
  EXPECT_DOUBLE_EQ(rule->MeanGain(), 0.5);
  ASSERT_NE(pool.Pair("7 \x1fparty"), nullptr);
  EXPECT_EQ(pool.Pair("7 \x1fparty")->documents_applied, 1u);
  EXPECT_EQ(pool.Rule(8), nullptr);
  EXPECT_EQ(pool.Pair("8 \x1fparty"), nullptr);
}

TEST(CollectionEvidence, MergingTheSameContributionsInTheSameOrderGivesTheSameBits) {
  CollectionEvidence one, two;
  for (int i = 0; i < 50; ++i) {
    const CollectionEvidence document = Document(i % 3 != 0, i % 4, 0.1 * i + 1e-9 * i, i % 2);
    one.Merge(document);
    two.Merge(document);
  }
  for (uint32_t rule = 0; rule < 4; ++rule) {
    EXPECT_EQ(one.Rule(rule)->gain_sum, two.Rule(rule)->gain_sum) << rule;
  }
}

TEST(PooledRuleGain, AveragesTheCollectionsCandidatesWithTheDocumentsInASpunDocument) {
  PoolTally collection;
  collection.gain_sum = 6.0;
  collection.gain_count = 3;
  const PoolPolicy policy;  // each collection candidate weighs 1
  EXPECT_DOUBLE_EQ(PooledRuleGain(-1.0, 1, &collection, policy, /*document_spun=*/true), 1.25);
  EXPECT_DOUBLE_EQ(PooledRuleGain(-1.0, 1, nullptr, policy, true), -1.0);
  // The document's own stronger support stands.
  EXPECT_DOUBLE_EQ(PooledRuleGain(3.0, 1, &collection, policy, true), 3.0);
}

TEST(PooledRuleGain, NeverRaisesTheGainInADocumentNotFoundSpun) {
  PoolTally supportive;
  supportive.gain_sum = 6.0;
  supportive.gain_count = 3;
  PoolTally opposed;
  opposed.gain_sum = -6.0;
  opposed.gain_count = 3;
  const PoolPolicy policy;
  EXPECT_DOUBLE_EQ(PooledRuleGain(-1.0, 1, &supportive, policy, /*document_spun=*/false), -1.0);
  EXPECT_DOUBLE_EQ(PooledRuleGain(1.0, 1, &opposed, policy, false), -1.25);
}

TEST(CollectionPrior, NeedsEnoughSpunEarlierDocumentsAndTheDocumentsOwnSupport) {
  const PoolPolicy policy;  // 3 documents, half spun, 2 supported candidates
  CollectionEvidence pool;
  pool.Merge(Document(true, 1, 1, true));
  pool.Merge(Document(true, 1, 1, true));
  EXPECT_FALSE(CollectionPriorHolds(pool, policy, 5, 0, 100));  // two documents only
  pool.Merge(Document(false, 1, 1, false));
  EXPECT_TRUE(CollectionPriorHolds(pool, policy, 2, 0, 100));
  EXPECT_FALSE(CollectionPriorHolds(pool, policy, 1, 0, 50));  // pooling alone is not enough
  EXPECT_FALSE(CollectionPriorHolds(pool, policy, 2, 2, 100));  // as much opposed as supported
  // A clean story's density of supported candidates (corpus/clean).
  EXPECT_FALSE(CollectionPriorHolds(pool, policy, 5, 0, 870));
  pool.Merge(Document(false, 1, 1, false));
  pool.Merge(Document(false, 1, 1, false));
  EXPECT_FALSE(CollectionPriorHolds(pool, policy, 2, 0, 100));  // mostly clean collection
}

// A decision model trained without the pool's features weighs them 0: a
// pool changes nothing in the learned decision until a model names them.
TEST(CollectionFeatures, WeighNothingInAModelThatDoesNotNameThem) {
  StatusOr<LinearModel> model = LinearModel::Parse(
      "model decision\nbias -1\nweight gain_counts 2\n", "m", "decision", kCandidateFeatureNames);
  ASSERT_TRUE(model.ok()) << model.status().message();
  CandidateFeatures alone{};
  alone[kGainCounts] = 1;
  CandidateFeatures pooled = alone;
  pooled[kCollectionGain] = 3;
  pooled[kCollectionSpun] = 1;
  EXPECT_EQ(model->LogOdds(alone), model->LogOdds(pooled));
  StatusOr<LinearModel> naming = LinearModel::Parse(
      "model decision\nbias -1\nweight collection_gain 0.5\n", "m", "decision",
      kCandidateFeatureNames);
  ASSERT_TRUE(naming.ok()) << naming.status().message();
  EXPECT_GT(naming->LogOdds(pooled), naming->LogOdds(alone));
}

}  // namespace
}  // namespace unspin
