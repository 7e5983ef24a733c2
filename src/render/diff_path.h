// File names in diff headers, quoted as git writes them.
#pragma once

#include <string>
#include <string_view>

namespace unspin {

// `name` as `git diff` writes it after "--- " and "+++ ": unchanged when it
// has no special bytes; otherwise in double quotes with C escapes (\t, \n,
// \", \\ and the like, and \ooo octal for other control bytes and for every
// byte from 0x80 up), which GNU patch and git apply both decode. A newline
// in a name therefore cannot start a header line of its own. A name with a
// space is followed by a tab, as git does, so that patch takes the whole
// name rather than stopping at the space.
std::string DiffHeaderPath(std::string_view name);

// `name` quoted as DiffHeaderPath quotes it, without the tab; with
// `escape_non_ascii` false, UTF-8 bytes stay as they are (only control
// bytes, '"' and '\\' force quoting), for reports that people and editors
// read rather than patch.
std::string QuotedPath(std::string_view name, bool escape_non_ascii);

}  // namespace unspin
