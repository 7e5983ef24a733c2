// The engine with one candidate rule alone, as `unspin rules test` runs a
// rule: what `unspin learn` and `unspin mine` check their examples with
// before they offer a rule.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "pipeline/restorer.h"

namespace unspin {

// A rule as the tools that write rules propose it.
struct CandidateRule {
  std::string id;
  std::string spun;     // token keys joined by spaces
  std::string restore;  // the original wording
  double confidence = 1.0;
  std::string category;
  // unless-before: / unless-after: patterns.
  std::vector<std::string> unless_before, unless_after;
};

// A spun sentence and what the rule alone must make of it.
struct CandidateExample {
  std::string spun, restored;
};

// Not thread-safe (one restorer, used from one thread).
class CandidateCheck {
 public:
  explicit CandidateCheck(const CandidateRule& candidate);

  // False when the rule does not compile (a bad pattern): every check then
  // fails.
  bool ok() const { return restorer_ != nullptr; }
  // The rule alone turns example.spun into example.restored, and leaves
  // that unchanged (restoring is idempotent).
  bool Restores(const CandidateExample& example) const;
  // The rule alone leaves `text` as it is.
  bool Keeps(const std::string& text) const;

 private:
  std::unique_ptr<Restorer> restorer_;
};

}  // namespace unspin
