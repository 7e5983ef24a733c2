// Fuzzes one --jsonl record: any line gives exactly one line, valid JSON
// unless the line is blank (blank lines pass through).
#include <nlohmann/json.hpp>

#include <cstdint>
#include <string_view>

#include "api/jsonl_record.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace unspin;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  if (line.find('\n') != std::string_view::npos) return 0;  // one line per record
  const JsonlOutput output = ProcessJsonlRecord(fuzz::DefaultRestorer(), line, 1, {});
  fuzz::Require(output.line.find('\n') == std::string::npos);
  // A blank line (spaces, tabs, CR) stays as it was; any other line gives
  // a JSON record.
  if (line.find_first_not_of(" \t\r") == std::string_view::npos) {
    fuzz::Require(output.line == line);
    return 0;
  }
  fuzz::Require(nlohmann::json::accept(output.line));
  return 0;
}
