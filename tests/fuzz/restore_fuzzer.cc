// Fuzzes the whole restore pipeline on arbitrary bytes, checking that
// nothing outside the edits changes.
#include <cstdint>
#include <string_view>

#include "base/apply_edits.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace unspin;
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const Restoration result = fuzz::DefaultRestorer().Restore(input);
  size_t position = 0;
  for (const Edit& edit : result.edits) {
    fuzz::Require(edit.span.begin >= position && edit.span.end <= input.size());
    fuzz::Require(input.substr(edit.span.begin, edit.span.size()) == edit.original);
    position = edit.span.end;
  }
  fuzz::Require(ApplyEdits(input, result.edits) == result.text);
  return 0;
}
