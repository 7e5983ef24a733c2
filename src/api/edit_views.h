// A restoration's edits and spelling findings as the public API's plain
// values (unspin::api::Edit, SpellingFinding): the fields of the JSON report
// (docs/pipelines.md, "JSON"), with positions computed.
#pragma once

#include <string_view>
#include <vector>

#include "pipeline/restorer.h"
#include "unspin/unspin.h"

namespace unspin {

// `input` is the text that `edits` (in document order) were made on; the
// rules are those the edits point into.
std::vector<api::Edit> EditViews(const RuleSet& rules, std::string_view input,
                                 const std::vector<Edit>& edits);
std::vector<api::SpellingFinding> SpellingViews(std::string_view input,
                                                const std::vector<SpellFinding>& findings);

}  // namespace unspin
