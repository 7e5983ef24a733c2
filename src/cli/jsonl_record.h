// One record of the --jsonl filter: a JSON object in, the same object with
// its text restored (or an error record) out.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/restorer.h"

namespace unspin {

struct JsonlOutput {
  std::string line;    // one line of JSON, without the newline
  bool error = false;  // the record carries unspin.error
};

// Restores the string at the dotted path `field` of the JSON object `line`
// (the 1-based `line_number` goes into error messages). Never fails: bad
// input gives an error record.
JsonlOutput ProcessJsonlRecord(const Restorer& restorer, std::string_view line,
                               size_t line_number, const std::string& field);

}  // namespace unspin
