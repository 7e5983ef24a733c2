// Fuzzes HTML restoration on arbitrary bytes: Gumbo's repairs of broken
// markup must never make an edit change bytes other than the words it
// replaces.
#include <cstdint>
#include <string_view>

#include "fuzz_common.h"
#include "html/html_restorer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace unspin;
  const std::string_view page(reinterpret_cast<const char*>(data), size);
  HtmlTextOptions options;
  options.attributes = size % 2 == 1;  // both ways, cheaply
  const StatusOr<HtmlRestoration> result = RestoreHtml(fuzz::DefaultRestorer(), page, options);
  if (!result.ok()) return 0;  // past a limit: refused, not parsed
  fuzz::RequireOnlyEditsChanged(page, result->page);
  return 0;
}
