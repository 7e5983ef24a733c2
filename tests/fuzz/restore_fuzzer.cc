// Fuzzes the whole restore pipeline on arbitrary bytes, checking that
// nothing outside the edits changes.
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace unspin;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const Restoration result = fuzz::DefaultRestorer().Restore(input);
  fuzz::RequireOnlyEditsChanged(input, result);
  return 0;
}
