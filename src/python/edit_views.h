// A restoration's edits and spelling findings as plain values, the shape the
// Python module hands out: the same fields as the JSON report (docs/pipelines.md,
// "JSON"), with positions computed. No Python types here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/restorer.h"

namespace unspin::python {

struct PositionView {
  size_t byte = 0;       // UTF-8 byte offset, 0-based
  size_t codepoint = 0;  // code-point offset, 0-based (each invalid byte counts one)
  size_t line = 1;       // 1-based
  size_t column = 1;     // 1-based, in code points
};

struct EditView {
  std::string kind;  // restoration, article or spelling
  PositionView start;
  PositionView end;  // exclusive
  std::string original;
  std::string replacement;
  std::vector<std::string> alternatives;
  std::optional<std::string> rule;     // unset for spelling fixes
  std::string category;
  std::optional<double> confidence;    // unset for spelling fixes
  std::optional<double> score;         // set when scored in context
  bool certain = false;
  std::optional<std::string> origin;   // hand, learned, mined, thesaurus; unset for spelling
  std::string explanation;
  std::optional<std::string> source;   // "file:line"; unset for spelling fixes
};

struct SpellingView {
  PositionView start;
  PositionView end;
  std::string word;
  std::vector<std::string> suggestions;  // best first
  bool fixed = false;
};

// `input` is the text that `edits` (in document order) were made on.
std::vector<EditView> EditViews(const RuleSet& rules, std::string_view input,
                                const std::vector<Edit>& edits);
std::vector<SpellingView> SpellingViews(std::string_view input,
                                        const std::vector<SpellFinding>& findings);

}  // namespace unspin::python
