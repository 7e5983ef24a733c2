// Writing a Katz-backoff model in unspin's mapped format (the layout is in
// backoff_model_format.h; BackoffModel reads it).
#pragma once

#include <string>
#include <string_view>

#include "vocab/backoff_model_source.h"

namespace unspin {

// The word that unspin's number key <num> is scored as when the model has
// no <num> of its own: speech models such as CMU Sphinx's spell numbers out,
// and "two" is the most common cardinal that takes a plural ("two years",
// "<num> percent") and never stands for a pronoun, as "one" does.
inline constexpr std::string_view kDefaultNumberWord = "two";

// The file's bytes for `source`. <num> is scored as `number_word` when the
// model has no <num> (no number mapping when it has neither). Words the
// model does not know are scored as its <unk>, or, when it has none, as
// likely as its rarest word.
std::string SerializeBackoffModel(const BackoffModelSource& source,
                                  std::string_view number_word = kDefaultNumberWord);

}  // namespace unspin
