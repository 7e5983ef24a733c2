// Shared by the fuzz targets: a Restorer over the default pack, built once.
#pragma once

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <string>

#include "base/apply_edits.h"
#include "pipeline/restorer.h"

namespace unspin::fuzz {

inline const Restorer& DefaultRestorer() {
  static const std::unique_ptr<Restorer> restorer = [] {
    RestorerOptions options;
    const std::string root = UNSPIN_SOURCE_DIR;
    options.rule_paths = {root + "/rules/news"};
    options.inflection_table_path = root + "/dictionaries/english-inflections.tsv";
    options.vocabulary_path = root + "/dictionaries/english.vocab";
    options.min_confidence = 0;
    StatusOr<std::unique_ptr<Restorer>> created = Restorer::Create(options);
    if (!created.ok()) throw std::runtime_error(created.status().message());
    return std::move(created.value());
  }();
  return *restorer;
}

// Stops the fuzzer with a crash report when an invariant breaks.
inline void Require(bool condition) {
  if (!condition) std::abort();
}

// The invariant of every restoration: edits are in order, each replaces
// exactly the bytes it names, and nothing else changes.
inline void RequireOnlyEditsChanged(std::string_view input, const Restoration& result) {
  size_t position = 0;
  for (const Edit& edit : result.edits) {
    Require(edit.span.begin >= position && edit.span.end <= input.size());
    Require(input.substr(edit.span.begin, edit.span.size()) == edit.original);
    position = edit.span.end;
  }
  Require(ApplyEdits(input, result.edits) == result.text);
}

}  // namespace unspin::fuzz
