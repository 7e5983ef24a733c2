// A logistic-regression model kept as a text file, so that a user can read
// what it weighs and how much (dictionaries/*.model):
//
//   # comments and blank lines are ignored
//   model decision            the model's name (checked by the caller)
//   bias -1.25                the log-odds with every feature at 0
//   weight gain_lm 0.84       one line per feature: name and weight
//
// The probability is 1 / (1 + exp(-(bias + sum of weight * feature))).
// Features the file does not name weigh 0; a name the caller does not know
// is an error, so a model trained for other features is never half-used.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace unspin {

// Immutable once parsed; thread-safe.
class LinearModel {
 public:
  // Parses `text`. `name` is the file name used in messages; `expected_model`
  // the `model` line the caller needs; `feature_names` the features the
  // caller computes, in the order of the vectors it will pass. Errors name
  // file:line.
  static StatusOr<LinearModel> Parse(std::string_view text, const std::string& name,
                                     std::string_view expected_model,
                                     std::span<const std::string_view> feature_names);
  static StatusOr<LinearModel> FromFile(const std::string& path, std::string_view expected_model,
                                        std::span<const std::string_view> feature_names);
  // Every feature's weight 0 and the bias given: a model that knows nothing.
  static LinearModel Constant(double bias, size_t feature_count);

  // The log-odds (natural log) for `features`, parallel to feature_names.
  double LogOdds(std::span<const double> features) const;
  // weight * feature for each feature, parallel to `features` (--explain).
  std::vector<double> Contributions(std::span<const double> features) const;

  double bias() const { return bias_; }
  std::span<const double> weights() const { return weights_; }
  // Where the model came from ("dictionaries/decision.model").
  const std::string& source() const { return source_; }

 private:
  double bias_ = 0;
  std::vector<double> weights_;
  std::string source_;
};

// 1 / (1 + exp(-log_odds)).
double Logistic(double log_odds);

}  // namespace unspin
