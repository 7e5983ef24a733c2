#include "tokenize/address_spans.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>

namespace unspin {

// Links and paths end before trailing punctuation: "(see e.com/a)." ends
// at "a". A URL's rest, and a Windows path's.
#define UNSPIN_URL_TAIL "(?:[^\\s<>\"]*[^\\s<>\".,;:!?)\\]}'])"
#define UNSPIN_WINDOWS_TAIL "(?:[^\\s<>\"|*?]*[^\\s<>\"|*?.,;:!)\\]}'])"
const char kAddressPattern[] =
    "((?:https?|ftps?|sftp|file)://" UNSPIN_URL_TAIL          // URLs
    "|www\\." UNSPIN_URL_TAIL                                 // bare www. hosts
    "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"                       // e-mail addresses
    "|[@#][\\w]+"                                             // handles and hashtags
    "|[\\w-]+(?:\\.[\\w-]+)+/" UNSPIN_URL_TAIL "?"            // army.mil/battle
    "|\\B(?:(?:~|\\.\\.?)(?:/[\\w.@%+~-]*[\\w@%+~-])+"        // ~/x, ./x, ../x
    "|(?:/[\\w.@%+~-]*[\\w@%+~-]){2,})/?"                     // /home/x/a.log
    "|\\b[A-Za-z]:\\\\" UNSPIN_WINDOWS_TAIL "?"               // C:\Users\x
    "|\\\\\\\\[\\w.$-]+\\\\" UNSPIN_WINDOWS_TAIL "?"          // \\server\share
    "|\\b[\\w-]+(?:\\.[\\w-]+)*\\.(?:com|org|net|gov|edu|mil|int|info|biz|io|co|uk|us)\\b)";
#undef UNSPIN_URL_TAIL
#undef UNSPIN_WINDOWS_TAIL

namespace {

// RE2's \s: no match holds one.
bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// The bytes that show a run may hold a match: each needs "@", "#", "://",
// "www.", a full stop before one of the top-level domains above, a slash,
// or a backslash after a drive letter or before a server name.
constexpr std::array<char, 5> kTriggerBytes = {'@', '#', ':', '.', '/'};

bool TriggersAt(std::string_view text, size_t i) {
  switch (text[i]) {
    case '@':
    case '#':
    case '/':
      return true;
    case ':':
      return text.substr(i + 1, 2) == "//" || text.substr(i + 1, 1) == "\\";
    case '.':
      return (i >= 3 && text.substr(i - 3, 3) == "www") ||
             (i + 1 < text.size() &&
              std::string_view("bcgimoneiu").find(text[i + 1]) != std::string_view::npos);
    default:
      return false;
  }
}

}  // namespace

std::vector<ByteSpan> FindAddressSpans(std::string_view text) {
  static const RE2 pattern(kAddressPattern);
  std::vector<ByteSpan> spans;
  // No match holds a space, and a run's edges are word boundaries either
  // way: searching each run without spaces on its own finds exactly the
  // matches a search of the whole text does. Only runs with a trigger can
  // hold one; the rest (nearly all) are never searched. A UNC path's
  // "\\" starts a run, so a run starting with a backslash is searched too.
  // The next place of each trigger byte, found with memchr: most text has
  // few of them, and a byte-by-byte scan was most of the spell stage's
  // own cost.
  std::array<size_t, kTriggerBytes.size() + 1> next{};
  for (size_t k = 0; k < kTriggerBytes.size(); ++k) next[k] = text.find(kTriggerBytes[k]);
  next.back() = text.find("\\\\");
  size_t searched_to = 0;  // runs before this are done
  while (true) {
    const size_t k = static_cast<size_t>(std::min_element(next.begin(), next.end()) - next.begin());
    const size_t at = next[k];
    if (at == std::string_view::npos) break;
    const bool unc = k == kTriggerBytes.size();
    if (at < searched_to || !(unc || TriggersAt(text, at))) {
      const size_t from = std::max(at + 1, searched_to);
      next[k] = unc ? text.find("\\\\", from) : text.find(kTriggerBytes[k], from);
      continue;
    }
    size_t begin = at;
    while (begin > searched_to && !IsSpaceByte(text[begin - 1])) --begin;
    size_t end = at;
    while (end < text.size() && !IsSpaceByte(text[end])) ++end;
    re2::StringPiece input(text.data() + begin, end - begin);
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, pattern, &match)) {
      const size_t match_begin = static_cast<size_t>(match.data() - text.data());
      spans.push_back({match_begin, match_begin + match.size()});
      if (match.empty()) break;
    }
    searched_to = end;
    next[k] = unc ? text.find("\\\\", end) : text.find(kTriggerBytes[k], end);
  }
  return spans;
}

}  // namespace unspin
