// The spun-document detector: a calibrated probability that a document was
// put through an article spinner, from all the evidence in it. Spun pages
// are what people who filter crawls want out of their data, restored or not;
// and the probability is the document prior of every ambiguous edit.
//
// The model is logistic regression over the features below
// (dictionaries/detector.model, trained by scripts/train/train-models.py).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "decide/linear_model.h"

namespace unspin {

// Counts gathered from one document while its candidates are scored.
struct DocumentEvidence {
  size_t words = 0;                // word tokens
  size_t artefacts = 0;            // matches of certain rules (overlaps once)
  size_t distinct_artefacts = 0;   // ... of distinct certain rules
  // Of the artefacts, matches of certain rules with `needs-spin:` (look-
  // alikes: ordinary English in other documents), and the smallest
  // needs-spin among their rules (0: none matched).
  size_t look_alikes = 0;
  double look_alike_needs_spin = 0;
  size_t scored = 0;               // candidates of other rules, scored in context
  size_t supported = 0;            // ... whose best restoration gains >= kSupportedGain
  size_t opposed = 0;              // ... whose best restoration gains <= -kSupportedGain
  double gain_sum = 0;             // ... the sum of their best gains (clamped to +-3)
  // Rule pairs: occurrences of spun wordings (outside quotes) and of their
  // restorations, written plainly in the same document.
  size_t spun_forms = 0;
  size_t original_forms = 0;
  // Content words sampled for the thesaurus test, and those for which a
  // thesaurus neighbour fits the context much better (gain >= kAnomalousGain).
  size_t sampled = 0;
  size_t anomalous = 0;
  double anomaly_gain_sum = 0;     // best gains of the sampled words, clamped to [0, 3]
};

inline constexpr double kSupportedGain = 0.5;
inline constexpr double kAnomalousGain = 1.0;

enum DetectorFeature : size_t {
  kLogWords,              // log10(words + 1)
  kArtefactRate,          // log2(1 + artefacts per 1,000 words)
  kDistinctArtefacts,     // log2(1 + distinct certain rules matched)
  kSupportedRate,         // log2(1 + supported candidates per 100 words)
  kOpposedRate,           // log2(1 + opposed candidates per 100 words)
  kMeanRuleGain,          // gain_sum / scored (0 without candidates)
  kSpunFormShare,         // spun / (spun + original + 1)
  kAnomalyShare,          // anomalous / (sampled + 4): shrunk towards 0 for short texts
  kMeanAnomalyGain,       // anomaly_gain_sum / (sampled + 4)
  kDetectorFeatureCount
};

inline constexpr std::array<std::string_view, kDetectorFeatureCount> kDetectorFeatureNames = {
    "log_words",     "artefact_rate",   "distinct_artefacts", "supported_rate",
    "opposed_rate",  "mean_rule_gain",  "spun_form_share",    "anomaly_share",
    "mean_anomaly_gain"};

using DetectorFeatures = std::array<double, kDetectorFeatureCount>;

DetectorFeatures DetectorFeaturesOf(const DocumentEvidence& evidence);

// Certain artefacts per 1,000 words (the spin score); 0 for no words.
double ArtefactsPer1000Words(const DocumentEvidence& evidence);


class SpinDetector;

// The detector without a model file: a document is spun when any of three
// kinds of evidence is strong (thresholds measured on the project's clean
// text and simulator output: docs/learning.md, "The built-in detector"):
//  - certain artefacts: at least kSpunArtefactsPer1000Words per 1,000 words
//    (unspin's only test before the detector), not counting look-alikes
//    (certain rules with needs-spin:), which count only where they reach
//    their own rules' needs-spin: the science pack's "malignant growth" is
//    a fingerprint in a tortured paper and an oncologist's words elsewhere;
//  - the rules' ambiguous candidates that the context supports: at least
//    kSpunSupportedCandidates of them, and kSpunSupportedPer100Words per 100
//    words (a WordAI-style article with six "mentioned" and no artefact);
//  - the thesaurus test, when the candidate lexicon is loaded: of at least
//    kThesaurusSampleMinimum sampled words, a share of kSpunAnomalyShare or
//    more that a thesaurus neighbour fits much better.
inline constexpr double kSpunArtefactsPer1000Words = 2.0;
// The probability at which a document counts as spun wherever unspin itself
// decides (ambiguous rules, needs-spin:); --check's --threshold is the
// user's own.
inline constexpr double kSpunProbability = 0.5;
inline constexpr size_t kSpunSupportedCandidates = 3;
inline constexpr double kSpunSupportedPer100Words = 2.5;
inline constexpr size_t kThesaurusSampleMinimum = 40;
inline constexpr double kSpunAnomalyShare = 0.25;
bool BuiltInRuleFinds(const DocumentEvidence& evidence);

// Whether a rule with `needs-spin: needs_spin` may apply in a document with
// this evidence: its certain artefacts reach needs_spin per 1,000 words, or
// a trained detector (not the built-in rule) finds it spun. (A
// count of distinct fingerprints alone was tried and rejected: the
// project's clean science texts hold three or four legitimate look-alikes
// in 900 words, more than a 5,000-word paper with three tortured phrases.)
bool NeedsSpinMet(double needs_spin, const DocumentEvidence& evidence, double spin_probability,
                  const SpinDetector& detector);

// Immutable; thread-safe.
class SpinDetector {
 public:
  // Reads a model file (`model detector`). Errors name file:line.
  static StatusOr<SpinDetector> FromFile(const std::string& path);
  static StatusOr<SpinDetector> FromText(std::string_view text, const std::string& name);
  // Without a model file: the built-in rule (BuiltInRuleFinds), a
  // probability of 0.9 or 0.1.
  static SpinDetector BuiltInRule();

  // The probability that the document was spun.
  double Probability(const DocumentEvidence& evidence) const;
  // Each feature's value and contribution to the log odds (--explain).
  struct Term {
    std::string_view name;
    double value = 0;
    double contribution = 0;
  };
  std::vector<Term> Terms(const DocumentEvidence& evidence) const;
  double bias() const { return model_.bias(); }
  bool is_built_in_rule() const { return built_in_rule_; }
  const std::string& source() const { return model_.source(); }

 private:
  explicit SpinDetector(LinearModel model, bool built_in_rule = false)
      : model_(std::move(model)), built_in_rule_(built_in_rule) {}
  LinearModel model_;
  bool built_in_rule_ = false;
};

}  // namespace unspin
