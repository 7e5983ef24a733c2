// One record of the --jsonl filter: a JSON object in, the same line with its
// text restored and a report added (or an error record) out.
#pragma once

#include <string>
#include <string_view>

#include "pipeline/restorer.h"

namespace unspin {

struct JsonlOutput {
  std::string line;    // one line of JSON, without the newline
  bool error = false;  // the record carries the report key's "error"
  // With JsonlRecordOptions::pool: the record's evidence for the pool
  // (empty for a record with an error).
  CollectionEvidence pool_contribution;
};

struct JsonlRecordOptions {
  std::string field = "text";         // dotted path to the text
  std::string report_key = "unspin";  // the top-level key the report goes under
  bool html = false;                  // the field holds an HTML page
  bool html_attributes = false;       // also its alt= and title= values
  bool explain = false;               // the report gets an "explain" object
  // Decide with a collection's evidence (Restorer::Restore); null: alone.
  const CollectionEvidence* pool = nullptr;
};

// Restores the string at `options.field` of the JSON object `line` (without
// its LF; the 1-based `line_number` goes into error messages). Every byte
// of the line but the field's value comes out as it went in (numbers as
// written, duplicate keys, spacing; of duplicate keys the last is the
// field); the report is added as the last member, under the report key.
// Never fails: a blank line comes back as it is, and bad input gives an
// error record:
// - the record kept, with {"error": ...} as the report, when the field is
//   missing, not a string, or its page cannot be restored;
// - {REPORT_KEY: {"error": ..., "input": LINE}} when the line is not a JSON
//   object within the limits (the error names line and column), or already
//   has the report key.
JsonlOutput ProcessJsonlRecord(const Restorer& restorer, std::string_view line,
                               size_t line_number, const JsonlRecordOptions& options);

// How much of a line over the size limit is kept to recover its leading
// fields from.
inline constexpr size_t kTooLongPrefixBytes = 64 << 10;

// The error record of a line over the size limit: the top-level members
// that `prefix` (the line's first bytes) holds whole, such as a leading
// "id", and {"error": "line N: " + message} under the report key.
JsonlOutput TooLongJsonlRecord(std::string_view prefix, size_t line_number,
                               const std::string& message, const std::string& report_key);

}  // namespace unspin
