// Where the parts of one JSON object are in its bytes, so that the --jsonl
// filter can splice a restored value and its report into the original line
// and pass every other byte through (numbers as written, duplicate keys,
// spacing, escapes).
//
// The parser is nlohmann's (its SAX interface, so no tree is built and the
// cost is linear in the line); offsets come from counting the bytes its
// lexer has taken when each event arrives.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "base/edit.h"

namespace unspin {

struct JsonLayoutOptions {
  std::vector<std::string> field;  // the dotted path, split
  std::string report_key;          // a top-level key the caller will add
  size_t max_depth = 1000;         // deeper nesting is an error
  size_t max_keys = 100000;        // more keys in the whole object is an error
};

struct JsonLayout {
  // Empty when the line is one valid JSON value within the limits. Else the
  // reason, with `error_column` (1-based byte) for a syntax error (0 for a
  // limit).
  std::string error;
  size_t error_column = 0;

  bool is_object = false;        // the value is an object
  size_t close_brace = 0;        // offset of the object's closing '}'
  size_t members = 0;            // top-level members
  bool has_report_key = false;   // a top-level member is named report_key

  // The field: found when every key of the path is there (the last of
  // duplicate keys counts, as for most parsers). Then `field_type` is
  // "string", "number", "boolean", "null", "object" or "array"; for a
  // string, `field_value` is its token (with the quotes) and `field_text`
  // its decoded text. When not found, `missing_key` is the first key of the
  // path that is not there.
  bool field_found = false;
  std::string field_type;
  ByteSpan field_value;
  std::string field_text;
  std::string missing_key;

  // Complete top-level members ("key": value, without the separators), in
  // order: also those before a syntax error, so that a record cut short
  // still gives its leading fields.
  std::vector<ByteSpan> complete_members;
};

// Parses `line` (one JSON text, which may have whitespace around it).
JsonLayout ScanJsonObject(std::string_view line, const JsonLayoutOptions& options);

}  // namespace unspin
