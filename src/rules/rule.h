// A restoration rule as written in a .rules file (see rules/README.md).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/context_pattern.h"

namespace unspin {

// Where something was written: "rules/news/politics.rules:42".
struct SourceLocation {
  std::string file;
  int line = 0;

  std::string ToString() const { return file + ":" + std::to_string(line); }
};

enum class Inflection { kNone, kVerb, kNoun };

// Where a rule's pair came from: written by a person, learned from
// original/spun pairs (`unspin learn`), mined from spun text alone
// (`unspin mine`), or proposed while restoring by the open thesauri or the
// language model (those never come from a file). The learned decision weighs
// each differently.
enum class RuleOrigin { kHand, kLearned, kMined, kThesaurus, kLanguageModel };

// "hand", "learned", "mined", "thesaurus", "language-model".
std::string_view RuleOriginName(RuleOrigin origin);
// The origin an `origin:` line names (only hand, learned and mined may be
// written); nullopt for anything else.
std::optional<RuleOrigin> ParseRuleOrigin(std::string_view name);

// One before:/after:/unless-before:/unless-after: line.
struct ContextCondition {
  using Side = ContextSide;
  Side side = Side::kAfter;
  bool negated = false;  // unless-before / unless-after
  // The pattern as written, compiled on first use (context_pattern.h).
  // Shared between rules that repeat a pattern; immutable but for that.
  std::shared_ptr<const ContextPattern> pattern;
  SourceLocation location;
};

// One if-document:/unless-document: line: the rule applies only when the
// document contains (or, negated, does not contain) one of the phrases
// somewhere. The screeners' "A AND B" fingerprints: "surface region" is a
// tortured phrase in a paper that also says "surface area".
struct DocumentCondition {
  bool negated = false;                // unless-document
  std::vector<std::string> phrases;    // as written, alternatives
  SourceLocation location;
};

struct RuleExample {
  std::string spun;      // left of "=>"
  std::string restored;  // right of "=>"
  SourceLocation location;
};

struct KeepExample {
  std::string text;
  SourceLocation location;
};

// An explicit spun => restored pair from a form: line.
struct FormPair {
  std::string spun;
  std::string restored;
};

struct Rule {
  std::string id;
  SourceLocation location;                // of the "rule ID" line
  std::vector<std::string> spun;          // phrases, as written
  std::vector<std::string> restorations;  // first is the default
  std::vector<FormPair> forms;
  Inflection inflection = Inflection::kNone;
  std::vector<ContextCondition> conditions;
  std::vector<DocumentCondition> document_conditions;
  double confidence = 0.9;
  bool certain = false;
  // The rule applies only in documents whose spin score (certain artefacts
  // per 1,000 words) is at least this: for fingerprints that are ordinary
  // English in other documents. 0: no such requirement.
  double needs_spin = 0;
  RuleOrigin origin = RuleOrigin::kHand;
  // Made by the engine, not read from a file (the thesaurus proposals'
  // rule, the inside-word rule): not counted among the rules loaded.
  bool built_in = false;
  // `outside-context: C` (below 0.5): outside its before:/after: context the
  // rule still applies as an ambiguous one of confidence C, so only in a
  // document found spun and where the context scoring supports it. The
  // parser writes that reading as a rule of its own (id ID-outside-context,
  // no before:/after:, no examples), whose `context_of` names this rule's id.
  double outside_context = 0;
  std::string context_of;  // set on the derived rule only

  // This rule is another's reading outside its context: no evidence of
  // spinning, no examples of its own, a fallback to rules in their own right.
  bool is_outside_context_reading() const { return !context_of.empty(); }
  std::string category;
  std::string note;
  std::vector<RuleExample> examples;
  std::vector<KeepExample> keeps;
};

}  // namespace unspin
