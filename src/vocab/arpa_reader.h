// Reading a language model in ARPA text format (the interchange format of
// SRILM, KenLM, CMU Sphinx's sphinx_lm_convert and others).
#pragma once

#include <string>
#include <string_view>

#include "base/status.h"
#include "vocab/backoff_model_source.h"

namespace unspin {

// Parses `text`, an ARPA file named `name` (for messages), up to trigrams.
// Fails with "NAME:LINE: ..." when a line is malformed, an n-gram has an
// unknown word or is listed twice, the counts in \data\ do not match the
// sections, or the model is of order 4 or more.
StatusOr<BackoffModelSource> ParseArpa(std::string_view text, const std::string& name);

// The same for the file at `path`.
StatusOr<BackoffModelSource> ReadArpaFile(const std::string& path);

}  // namespace unspin
