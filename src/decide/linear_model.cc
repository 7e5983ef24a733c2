#include "decide/linear_model.h"

#include <cmath>
#include <fstream>
#include <sstream>

#include <cstdlib>

namespace unspin {
namespace {

// The words of a line, split at runs of spaces and tabs.
std::vector<std::string_view> Words(std::string_view line) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) words.push_back(line.substr(start, i - start));
  }
  return words;
}

bool ParseNumber(std::string_view word, double& value) {
  const std::string text(word);
  char* end = nullptr;
  value = std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && !text.empty() && std::isfinite(value);
}

}  // namespace

double Logistic(double log_odds) { return 1.0 / (1.0 + std::exp(-log_odds)); }

LinearModel LinearModel::Constant(double bias, size_t feature_count) {
  LinearModel model;
  model.bias_ = bias;
  model.weights_.assign(feature_count, 0.0);
  model.source_ = "(built in)";
  return model;
}

StatusOr<LinearModel> LinearModel::Parse(std::string_view text, const std::string& name,
                                         std::string_view expected_model,
                                         std::span<const std::string_view> feature_names) {
  LinearModel model;
  model.source_ = name;
  model.weights_.assign(feature_names.size(), 0.0);
  std::vector<bool> seen(feature_names.size(), false);
  bool has_model_line = false, has_bias = false;
  std::string errors;
  auto error = [&](int line, const std::string& message) {
    errors += name + ":" + std::to_string(line) + ": " + message + "\n";
  };
  int line_number = 0;
  size_t at = 0;
  while (at <= text.size()) {
    size_t end = text.find('\n', at);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(at, end - at);
    at = end + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::vector<std::string_view> words = Words(line);
    if (words.empty() || words[0].front() == '#') continue;
    const std::string_view key = words[0];
    if (key == "model") {
      if (words.size() != 2) {
        error(line_number, "'model' takes one name");
      } else if (words[1] != expected_model) {
        error(line_number, "this is a '" + std::string(words[1]) + "' model; a '" +
                               std::string(expected_model) + "' model is needed here");
      }
      has_model_line = true;
    } else if (key == "bias") {
      if (words.size() != 2 || !ParseNumber(words[1], model.bias_)) {
        error(line_number, "'bias' takes one finite number");
      }
      has_bias = true;
    } else if (key == "weight") {
      double weight = 0;
      if (words.size() != 3 || !ParseNumber(words[2], weight)) {
        error(line_number, "'weight' takes a feature name and one finite number");
        continue;
      }
      size_t index = 0;
      while (index < feature_names.size() && feature_names[index] != words[1]) ++index;
      if (index == feature_names.size()) {
        std::string known;
        for (std::string_view f : feature_names) known += (known.empty() ? "" : ", ") + std::string(f);
        error(line_number, "unknown feature '" + std::string(words[1]) + "' (known: " + known + ")");
        continue;
      }
      if (seen[index]) error(line_number, "feature '" + std::string(words[1]) + "' weighed twice");
      seen[index] = true;
      model.weights_[index] = weight;
    } else {
      error(line_number, "unknown line '" + std::string(key) +
                             "' (expected model, bias, weight or a # comment)");
    }
    if (end == text.size()) break;
  }
  if (!has_model_line) error(1, "no 'model' line: is this a model file?");
  if (!has_bias) error(1, "no 'bias' line");
  if (!errors.empty()) {
    errors.pop_back();
    return Status::Error(errors);
  }
  return model;
}

StatusOr<LinearModel> LinearModel::FromFile(const std::string& path,
                                            std::string_view expected_model,
                                            std::span<const std::string_view> feature_names) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("cannot read model '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  if (text.str().size() > (1u << 20)) {
    return Status::Error("model '" + path + "' is over 1 MiB: not a model file");
  }
  return Parse(text.str(), path, expected_model, feature_names);
}

double LinearModel::LogOdds(std::span<const double> features) const {
  double sum = bias_;
  for (size_t i = 0; i < weights_.size() && i < features.size(); ++i) sum += weights_[i] * features[i];
  return sum;
}

std::vector<double> LinearModel::Contributions(std::span<const double> features) const {
  std::vector<double> out(features.size(), 0.0);
  for (size_t i = 0; i < weights_.size() && i < features.size(); ++i) out[i] = weights_[i] * features[i];
  return out;
}

}  // namespace unspin
