// Two rounds of edits as one: the edits of a second pass over a restored
// text, put in terms of the original bytes.
#pragma once

#include <string_view>
#include <vector>

#include "base/edit.h"

namespace unspin {

// `first` edits `original` into `middle` (= ApplyEdits(original, first));
// `second` edits `middle`. Returns edits of `original` such that
// ApplyEdits(original, result) == ApplyEdits(middle, second). Both lists
// must be in order and not overlap; so is the result. A second edit that
// overlaps first edits becomes one edit spanning all of them, described by
// the second edit (its rule, kind, confidence); the others keep their own
// description.
std::vector<Edit> ComposeEdits(std::string_view original, const std::vector<Edit>& first,
                               std::string_view middle, const std::vector<Edit>& second);

}  // namespace unspin
