#include "decide/spin_detector.h"

#include <algorithm>
#include <cmath>

namespace unspin {

namespace {

double Per1000Words(size_t count, size_t words) {
  return words == 0 ? 0.0 : 1000.0 * static_cast<double>(count) / static_cast<double>(words);
}

// Shrunk towards 0 for short texts (4 words more in the denominator).
double AnomalyShare(const DocumentEvidence& e) {
  return static_cast<double>(e.anomalous) / static_cast<double>(e.sampled + 4);
}

}  // namespace

double ArtefactsPer1000Words(const DocumentEvidence& e) {
  return Per1000Words(e.artefacts, e.words);
}

DetectorFeatures DetectorFeaturesOf(const DocumentEvidence& e) {
  DetectorFeatures f{};
  const double words = static_cast<double>(e.words);
  const double per_word = e.words == 0 ? 0.0 : 1.0 / words;
  f[kLogWords] = std::log10(words + 1);
  f[kArtefactRate] = std::log2(1 + ArtefactsPer1000Words(e));
  f[kDistinctArtefacts] = std::log2(1 + static_cast<double>(e.distinct_artefacts));
  f[kSupportedRate] = std::log2(1 + 100.0 * static_cast<double>(e.supported) * per_word);
  f[kOpposedRate] = std::log2(1 + 100.0 * static_cast<double>(e.opposed) * per_word);
  f[kMeanRuleGain] = e.scored == 0 ? 0.0 : e.gain_sum / static_cast<double>(e.scored);
  f[kSpunFormShare] = static_cast<double>(e.spun_forms) /
                      static_cast<double>(e.spun_forms + e.original_forms + 1);
  f[kAnomalyShare] = AnomalyShare(e);
  f[kMeanAnomalyGain] = e.anomaly_gain_sum / static_cast<double>(e.sampled + 4);
  return f;
}

StatusOr<SpinDetector> SpinDetector::FromText(std::string_view text, const std::string& name) {
  StatusOr<LinearModel> model =
      LinearModel::Parse(text, name, "detector", kDetectorFeatureNames);
  if (!model.ok()) return model.status();
  return SpinDetector(std::move(model.value()));
}

StatusOr<SpinDetector> SpinDetector::FromFile(const std::string& path) {
  StatusOr<LinearModel> model = LinearModel::FromFile(path, "detector", kDetectorFeatureNames);
  if (!model.ok()) return model.status();
  return SpinDetector(std::move(model.value()));
}

bool NeedsSpinMet(double needs_spin, const DocumentEvidence& evidence, double spin_probability,
                  const SpinDetector& detector) {
  if (needs_spin <= 0) return true;
  return ArtefactsPer1000Words(evidence) >= needs_spin ||
         (!detector.is_built_in_rule() && spin_probability >= kSpunProbability);
}

bool BuiltInRuleFinds(const DocumentEvidence& e) {
  if (Per1000Words(e.artefacts - e.look_alikes, e.words) >= kSpunArtefactsPer1000Words) {
    return true;
  }
  if (e.look_alikes > 0 && ArtefactsPer1000Words(e) >= e.look_alike_needs_spin) return true;
  if (e.supported >= kSpunSupportedCandidates &&
      100.0 * static_cast<double>(e.supported) >=
          kSpunSupportedPer100Words * static_cast<double>(e.words)) {
    return true;
  }
  return e.sampled >= kThesaurusSampleMinimum && AnomalyShare(e) >= kSpunAnomalyShare;
}

SpinDetector SpinDetector::BuiltInRule() {
  return SpinDetector(LinearModel::Constant(0, kDetectorFeatureCount), /*built_in_rule=*/true);
}

double SpinDetector::Probability(const DocumentEvidence& evidence) const {
  if (built_in_rule_) return BuiltInRuleFinds(evidence) ? 0.9 : 0.1;
  const DetectorFeatures features = DetectorFeaturesOf(evidence);
  return Logistic(model_.LogOdds(features));
}

std::vector<SpinDetector::Term> SpinDetector::Terms(const DocumentEvidence& evidence) const {
  const DetectorFeatures features = DetectorFeaturesOf(evidence);
  const std::vector<double> contributions = model_.Contributions(features);
  std::vector<Term> terms;
  for (size_t i = 0; i < kDetectorFeatureCount; ++i) {
    terms.push_back({kDetectorFeatureNames[i], features[i], contributions[i]});
  }
  return terms;
}

}  // namespace unspin
