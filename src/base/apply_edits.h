// Producing the restored text from the input and its edits.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"

namespace unspin {

// `text` with every edit applied. `edits` must be in order and must not
// overlap. Every byte outside the edits is copied unchanged.
std::string ApplyEdits(std::string_view text, const std::vector<Edit>& edits);

}  // namespace unspin
