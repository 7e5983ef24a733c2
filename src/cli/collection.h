// Reading a collection of documents for `unspin mine`: files, directories
// searched recursively (names starting with '.' skipped), or JSON Lines
// with the text in a field.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "base/status.h"

namespace unspin {

struct CollectionOptions {
  bool jsonl = false;          // each line of each file is a document
  std::string field = "text";  // dotted path to a JSON line's text
  size_t max_doc_bytes = 1u << 20;
};

// Calls `add(name, text)` for each document of `inputs` in order (a
// directory's files sorted by path); "-" is stdin. A document over
// max_doc_bytes is skipped with a warning on stderr, as is a blank JSON
// line. Fails, naming the place (file, or file:line for a JSON line), on
// a file that cannot be read, a line that is not a JSON object, or one
// without a string at `field`. Returns the number of documents skipped.
StatusOr<size_t> ReadCollection(const std::vector<std::string>& inputs,
                                const CollectionOptions& options,
                                const std::function<void(std::string, std::string)>& add);

}  // namespace unspin
