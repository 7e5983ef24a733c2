#include "decide/linear_model.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "decide/spin_detector.h"

namespace unspin {
namespace {

constexpr std::array<std::string_view, 2> kNames = {"gain", "prior"};

TEST(LinearModel, WeighsNamedFeaturesAndLeavesOthersAtZero) {
  StatusOr<LinearModel> model =
      LinearModel::Parse("# a comment\nmodel decision\nbias -1\nweight gain 2.5\n", "m.model",
                         "decision", kNames);
  ASSERT_TRUE(model.ok()) << model.status().message();
  const double features[] = {2.0, 7.0};
  EXPECT_DOUBLE_EQ(model->LogOdds(features), -1 + 2.5 * 2.0);
  EXPECT_EQ(model->Contributions(features), (std::vector<double>{5.0, 0.0}));
  EXPECT_NEAR(Logistic(0), 0.5, 1e-12);
}

TEST(LinearModel, ReportsEveryBadLineWithItsNumber) {
  StatusOr<LinearModel> model = LinearModel::Parse(
      "model detector\nbias x\nweight gian 1\nweight prior nan\nweight prior 1\nweight prior 2\n"
      "threshold 3\n",
      "m.model", "decision", kNames);
  ASSERT_FALSE(model.ok());
  const std::string& message = model.status().message();
  EXPECT_NE(message.find("m.model:1: this is a 'detector' model; a 'decision' model is needed"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("m.model:2: 'bias' takes one finite number"), std::string::npos);
  EXPECT_NE(message.find("m.model:3: unknown feature 'gian' (known: gain, prior)"),
            std::string::npos);
  EXPECT_NE(message.find("m.model:4: 'weight' takes a feature name and one finite number"),
            std::string::npos);
  EXPECT_NE(message.find("m.model:6: feature 'prior' weighed twice"), std::string::npos);
  EXPECT_NE(message.find("m.model:7: unknown line 'threshold'"), std::string::npos);
}

TEST(LinearModel, RefusesAFileWithoutModelOrBiasLine) {
  EXPECT_FALSE(LinearModel::Parse("weight gain 1\n", "m", "decision", kNames).ok());
  EXPECT_FALSE(LinearModel::Parse("model decision\n", "m", "decision", kNames).ok());
}

TEST(SpinDetector, ShrinksTheAnomalyShareOfAShortTextTowardsZero) {
  DocumentEvidence few, many;
  few.words = 20;
  few.sampled = 2;
  few.anomalous = 2;
  many.words = 2000;
  many.sampled = 200;
  many.anomalous = 200;
  EXPECT_LT(DetectorFeaturesOf(few)[kAnomalyShare], DetectorFeaturesOf(many)[kAnomalyShare]);
  EXPECT_NEAR(DetectorFeaturesOf(many)[kAnomalyShare], 200.0 / 204.0, 1e-12);
}

TEST(SpinDetector, WithoutAModelCallsADocumentSpunFromTwoArtefactsPerThousandWords) {
  const SpinDetector rule = SpinDetector::BuiltInRule();
  DocumentEvidence evidence;
  evidence.words = 1000;
  evidence.artefacts = 1;
  EXPECT_LT(rule.Probability(evidence), 0.5);
  evidence.artefacts = 2;
  EXPECT_GT(rule.Probability(evidence), 0.5);
}

TEST(SpinDetector, WithoutAModelCallsADocumentSpunFromSupportedAmbiguousCandidates) {
  const SpinDetector rule = SpinDetector::BuiltInRule();
  DocumentEvidence evidence;
  evidence.words = 120;
  evidence.supported = 3;  // 2.5 per 100 words: spun
  EXPECT_GT(rule.Probability(evidence), 0.5);
  evidence.words = 121;  // just under 2.5 per 100 words
  EXPECT_LT(rule.Probability(evidence), 0.5);
  evidence.words = 40;
  evidence.supported = 2;  // a dense pair is not enough: a clean text may hold two
  EXPECT_LT(rule.Probability(evidence), 0.5);
}

// A clean paper holds legitimate look-alikes of tortured phrases ("malignant
// growth"): they are evidence only at their rules' own needs-spin.
TEST(SpinDetector, WithoutAModelCountsLookAlikesOnlyAtTheirRulesNeedsSpin) {
  const SpinDetector rule = SpinDetector::BuiltInRule();
  DocumentEvidence evidence;
  evidence.words = 1000;
  evidence.artefacts = 4;
  evidence.look_alikes = 4;
  evidence.look_alike_needs_spin = 5;
  EXPECT_LT(rule.Probability(evidence), 0.5);
  evidence.artefacts = 5;
  evidence.look_alikes = 5;
  EXPECT_GT(rule.Probability(evidence), 0.5);
  evidence.artefacts = 6;  // two true artefacts beside four look-alikes
  evidence.look_alikes = 4;
  EXPECT_GT(rule.Probability(evidence), 0.5);
}

TEST(SpinDetector, WithoutAModelCallsADocumentSpunFromTheThesaurusTest) {
  const SpinDetector rule = SpinDetector::BuiltInRule();
  DocumentEvidence evidence;
  evidence.words = 300;
  evidence.sampled = 100;
  evidence.anomalous = 26;  // 26 / 104 = 0.25
  EXPECT_GT(rule.Probability(evidence), 0.5);
  evidence.anomalous = 25;
  EXPECT_LT(rule.Probability(evidence), 0.5);
  // Too few words sampled to tell, however anomalous.
  evidence.sampled = 39;
  evidence.anomalous = 39;
  EXPECT_LT(rule.Probability(evidence), 0.5);
}

TEST(SpinDetector, AModelFileGivesACalibratedProbability) {
  StatusOr<SpinDetector> detector = SpinDetector::FromText(
      "model detector\nbias -3\nweight anomaly_share 10\n", "d.model");
  ASSERT_TRUE(detector.ok()) << detector.status().message();
  DocumentEvidence clean, spun;
  clean.words = spun.words = 500;
  clean.sampled = spun.sampled = 96;
  spun.anomalous = 40;
  EXPECT_NEAR(detector->Probability(clean), Logistic(-3), 1e-12);
  EXPECT_GT(detector->Probability(spun), 0.5);
}

}  // namespace
}  // namespace unspin
