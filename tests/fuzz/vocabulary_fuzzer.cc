// Fuzzes the vocabulary loader: corrupt files are refused, never read out
// of bounds.
#include <cstdint>
#include <string>
#include <vector>

#include "vocab/vocabulary.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace unspin;
  auto vocabulary =
      Vocabulary::FromBytes(std::string(reinterpret_cast<const char*>(data), size), "fuzz.vocab");
  if (!vocabulary.ok()) return 0;
  const std::vector<std::string_view> words = {"the", "ruling", "party"};
  for (size_t n = 1; n <= words.size(); ++n) {
    (void)(*vocabulary)->Count(std::span<const std::string_view>(words.data(), n));
  }
  return 0;
}
