#include "decide/default_models.h"

#include <cmath>
#include <string>

#include "decide/candidate_features.h"

namespace unspin {

LinearModel DefaultDecisionModel() {
  // Weights are on natural log odds: ln 10 times the log10 weights.
  const double ln10 = std::log(10.0);
  auto weight = [&](const char* name, double log10_weight) {
    return std::string("weight ") + name + " " + std::to_string(log10_weight * ln10) + "\n";
  };
  const std::string text = std::string("model decision\nbias 0\n") +
                           weight("gain_counts", 0.25) + weight("gain_lm", 0.25) +
                           weight("pooled_gain", 0.5) + weight("prior", 1.0) +
                           weight("document_spin", 1.0 / std::log(9.0)) +
                           weight("original_count", -0.5) + weight("spun_count", 0.25);
  StatusOr<LinearModel> model =
      LinearModel::Parse(text, "(built-in decision)", "decision", kCandidateFeatureNames);
  return std::move(model.value());  // the text above is well formed
}

}  // namespace unspin
