// Giving a restoration the case of the wording it replaces.
#pragma once

#include <string>
#include <string_view>

namespace unspin {

// mentioned -> said, Mentioned -> Said, MENTIONED -> SAID. A restoration
// that has capitals of its own ("U.S.") keeps them unless the spun wording
// is all capitals.
std::string FitCase(std::string_view restoration, std::string_view spun);

}  // namespace unspin
