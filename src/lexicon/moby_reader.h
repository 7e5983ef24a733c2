// Reading the Moby thesaurus as Aiksaurus ships it (Debian's
// libaiksaurus-1.2-data: /usr/share/aiksaurus/words.dat and meanings.dat).
// Both are binary; numbers are big-endian u16.
//
//   words.dat     one record per word, sorted: the word in bytes (a ':'
//                 stands for a space), a NUL, then the ids of the meanings
//                 it belongs to, ended by 0xFFFF. A word's id is its
//                 position in this file (0, 1, 2...).
//   meanings.dat  one record per meaning group, in id order (0, 1, 2...):
//                 two word ids, the group's title words (Aiksaurus shows
//                 the meaning as "TITLE1 / TITLE2"), then the sorted word
//                 ids of every member (titles included), ended by 0xFFFF.
//                 There is no header and no count: a meaning's id is its
//                 position.
// This layout was worked out from the data (Aiksaurus documents none): in
// the Debian files all 2,621 meaning records hold their two titles among
// their members, every member list is sorted, and 55,044 of the 55,267
// (word, meaning) links of words.dat appear in meanings.dat too (the rest
// are words.dat links whose meaning does not list the word back).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace unspin {

struct MobyMeaning {
  uint32_t titles[2] = {0, 0};    // word ids
  std::vector<uint32_t> members;  // word ids, sorted, titles included
};

struct MobyThesaurus {
  std::vector<std::string> words;  // by id; ':' already made a space
  std::vector<MobyMeaning> meanings;
};

// Parses the two files' bytes. `words_name` and `meanings_name` are used in
// error messages, which give the byte offset of a truncated record or an
// id out of range. A word that words.dat puts in a meaning that does not
// list it is added to that meaning's members.
StatusOr<MobyThesaurus> ParseMoby(std::string_view words_dat, std::string_view meanings_dat,
                                  const std::string& words_name, const std::string& meanings_name);

}  // namespace unspin
