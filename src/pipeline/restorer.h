// The restoration pipeline: decode -> tokenize -> match rules -> resolve
// overlaps -> edits. The one entry point the front ends use.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"
#include "base/status.h"
#include "rules/inflector.h"
#include "rules/rule_set.h"

namespace unspin {

struct RestorerOptions {
  // Rule files or directories, loaded in order (see rules/README.md).
  std::vector<std::string> rule_paths;
  // The irregular-forms table; empty means regular inflection only.
  std::string inflection_table_path;
  double min_confidence = 0.5;
};

struct Restoration {
  std::vector<Edit> edits;  // in document order, non-overlapping
  std::string text;         // the input with the edits applied
  // Byte offset of the first invalid UTF-8 byte, if any. Invalid bytes are
  // never matched and are passed through unchanged.
  std::optional<size_t> first_invalid_byte;
};

// Immutable once created; Restore() is const and safe to call from many
// threads at once.
class Restorer {
 public:
  // Loads and compiles the rules. The error names every broken rule line.
  static StatusOr<std::unique_ptr<Restorer>> Create(const RestorerOptions& options);
  // For tests and tools that already hold compiled rules.
  Restorer(RuleSet rules, double min_confidence);

  Restoration Restore(std::string_view text) const;

  const RuleSet& rules() const { return rules_; }

 private:
  RuleSet rules_;
  double min_confidence_;
};

}  // namespace unspin
