// Turning overlapping candidates into one consistent set of edits.
#pragma once

#include <vector>

#include "base/edit.h"
#include "tokenize/tokenized_text.h"
#include "rules/rule_set.h"
#include "rules/variant_table.h"

namespace unspin {

// Chooses non-overlapping candidates: the one covering more tokens wins,
// then the greater strength (see Candidate), then the earlier rule, then the
// earlier position. Deterministic; the result is in document order.
std::vector<Candidate> ResolveOverlaps(const VariantTable& variants, std::vector<Candidate> candidates);

// Makes the edits for chosen candidates: each restoration fitted to the
// spun wording's case, plus an edit to an indefinite article right before a
// restoration when it no longer agrees ("a excessive" -> "a high",
// "an analysis" -> "a research"). The result is in document order and
// non-overlapping.
std::vector<Edit> BuildEdits(const VariantTable& variants, const TokenizedText& document,
                             const std::vector<Candidate>& chosen);

}  // namespace unspin
