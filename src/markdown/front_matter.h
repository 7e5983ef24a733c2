// YAML and TOML front matter: the metadata block some Markdown files start
// with (Jekyll, Hugo, Pandoc). It is data, not prose, and CommonMark does
// not know it: a parser reads "---" as a rule and the block as a heading.
#pragma once

#include <cstddef>
#include <string_view>

namespace unspin {

// Bytes of the front matter at the start of `document`, its closing line
// included; 0 when there is none. Front matter is a first line "---"
// (YAML; closed by "---" or "...") or "+++" (TOML; closed by "+++"), after
// an optional UTF-8 byte order mark, with LF or CRLF line endings and
// trailing spaces allowed. An opening line that is never closed is not
// front matter.
size_t FrontMatterLength(std::string_view document);

}  // namespace unspin
