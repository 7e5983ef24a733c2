// What the spell stage needs from a spelling dictionary.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace unspin {

// Implementations need not be thread-safe: the spell stage gives each thread
// its own checker.
class SpellChecker {
 public:
  virtual ~SpellChecker() = default;
  // True when `word` (UTF-8) is spelled correctly, or is too long to check.
  virtual bool Check(std::string_view word) = 0;
  // Corrections for `word`, best first; may be slow (tens of milliseconds).
  virtual std::vector<std::string> Suggest(std::string_view word) = 0;
};

}  // namespace unspin
