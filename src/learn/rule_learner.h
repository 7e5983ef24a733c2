// Learning candidate rules from original/spun pairs of texts: group the
// substitutions of many pairs, count how often each spun phrase was also
// kept, and check every candidate with the engine before offering it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "learn/candidate_check.h"
#include "learn/substitutions.h"
#include "spell/spell_stage.h"
#include "vocab/vocabulary.h"

namespace unspin {

struct LearnerOptions {
  size_t max_words = 4;      // longest phrase on either side, in tokens
  size_t min_count = 1;      // substitutions seen fewer times are left out
  size_t max_examples = 3;   // example: lines per rule
  size_t window_words = 12;  // words of context on each side of an example
  // Optional; must outlive the learner. See ExtractOptions.
  const Vocabulary* vocabulary = nullptr;
  // The restoration guard: candidates whose restoration it rejects are
  // left out (unspin would never apply them). Optional; must outlive the
  // learner.
  const SpellStage* spelling = nullptr;
};

// A candidate rule, every example and keep of which passes with the rule
// alone (as `unspin rules test` runs it).
struct LearnedRule {
  std::string id;       // "original.spun", dashes for spaces, unique
  std::string spun;     // token keys joined by spaces
  std::string restore;  // the original wording
  size_t count = 0;     // times the substitution was made
  size_t documents = 0;
  size_t kept = 0;  // times the spun phrase stands unchanged in an original
  size_t kept_documents = 0;
  double confidence = 1.0;  // count / (count + kept)
  using Example = CandidateExample;
  std::vector<Example> examples;
  std::vector<std::string> keeps;
  // "unless-after: PATTERN" / "unless-before: PATTERN" lines that keep the
  // rule off the kept use in `keeps`.
  std::vector<std::string> unless_before, unless_after;
  bool needs_review() const { return kept > 0; }
};

struct LearnReport {
  size_t pairs = 0;
  size_t substitutions = 0;         // occurrences found in all pairs
  size_t distinct = 0;              // distinct (spun -> original) substitutions
  size_t below_min_count = 0;       // distinct ones left out by min_count
  size_t rejected_by_spelling = 0;  // restoration not in the dictionary
  size_t without_example = 0;       // no example the rule alone restores
  size_t keeps_dropped = 0;         // kept uses no exception could protect
  std::vector<LearnedRule> rules;   // by count, descending, then spun phrase
};

// Not thread-safe; AddPair() then Learn().
class RuleLearner {
 public:
  explicit RuleLearner(LearnerOptions options) : options_(options) {}

  // Aligns one pair (`original` may hold {a|b} markup) and records its
  // substitutions.
  void AddPair(std::string_view original, std::string_view spun);

  LearnReport Learn() const;

 private:
  LearnerOptions options_;
  std::vector<AlignedPair> pairs_;
};

}  // namespace unspin
