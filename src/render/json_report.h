// --json and --jsonl: a restoration as JSON (schema in docs/pipelines.md,
// "JSON"). Offsets are into the exact input bytes.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "pipeline/restorer.h"

namespace unspin {

// The schema's name and version, written into every document.
inline constexpr const char* kJsonSchema = "unspin/1";

// Every edit and spelling finding of `restoration` of `input`, the spin
// score and warnings, as one line of JSON. `name` is the file name
// ("<stdin>" for stdin), or empty to leave it out (JSONL records).
// With `explain`, an "explain" object is added: the detector's features and
// contributions, and every decision with its features (scripts/train reads
// it).
std::string RestorationJson(const RuleSet& rules, std::string_view input,
                            const Restoration& restoration, const std::string& name,
                            const Restorer* explain = nullptr);
// The same, appended to `out` (a JSONL line built in place: a report of a
// densely spun document is some 550 bytes an edit, and a copy of it, or
// a string doubling its way there, costs as much again).
void AppendRestorationJson(const RuleSet& rules, std::string_view input,
                           const Restoration& restoration, const std::string& name,
                           const Restorer* explain, std::string& out);
// About how many bytes RestorationJson gives (never much less, so that a
// string reserved with it is not reallocated on the way), without explain.
size_t EstimatedRestorationJsonBytes(const RuleSet& rules, const Restoration& restoration);

// The pieces of the report that other front ends (the Python module) show
// as they are: an edit's "kind" (restoration, article, spelling), its
// "explanation" (the rule's note, or what an article or spelling edit does)
// and its "category"; and the report's "warnings". The views point into
// `rules`.
const char* EditKindName(EditKind kind);
std::string_view EditExplanation(const RuleSet& rules, const Edit& edit);
std::string_view EditCategory(const RuleSet& rules, const Edit& edit);
std::vector<std::string> RestorationWarnings(const Restoration& restoration);

// Serialises `json` on one line; invalid UTF-8 in strings becomes U+FFFD so
// the output is always valid JSON (offsets still count the input's bytes).
std::string DumpJson(const nlohmann::ordered_json& json, int indent = -1);

}  // namespace unspin
