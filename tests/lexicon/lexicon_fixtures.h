// Small hand-written thesauri in the formats of the real resources
// (WordNet's database files, MyThes .dat, Aiksaurus' binary files), for the
// lexicon tests. None of it is copied from the real files.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

namespace unspin::testing {

// WordNet: data.POS, index.POS and POS.exc per part of speech.
inline constexpr const char* kWordNetDataVerb =
    "  1 This line stands for the licence text, which starts with spaces.\n"
    "00000100 32 v 03 mention 0 advert 0 refer 0 000 01 + 08 00 | make reference to\n"
    "00000200 32 v 03 say 0 mention 1 note 0 000 01 + 08 00 | express in words\n"
    "00000300 41 v 02 participate 0 take_part 0 000 01 + 22 00 | share in something\n";
inline constexpr const char* kWordNetIndexVerb =
    "  1 licence\n"
    "advert v 1 0 1 0 00000100\n"
    "mention v 2 0 2 1 00000100 00000200\n"
    "note v 1 0 1 0 00000200\n"
    "participate v 1 0 1 0 00000300\n"
    "refer v 1 0 1 0 00000100\n"
    "say v 1 0 1 1 00000200\n"
    "take_part v 1 0 1 0 00000300\n";
inline constexpr const char* kWordNetExcVerb = "said say\ntook take\ntaken take\n";
inline constexpr const char* kWordNetDataNoun =
    "00001000 14 n 02 party 0 political_party 0 001 @ 00001100 n 0000 | an organization\n"
    "00001100 04 n 02 celebration 0 party 1 000 | an occasion\n";
inline constexpr const char* kWordNetIndexNoun =
    "celebration n 1 0 1 0 00001100\n"
    "party n 2 1 @ 2 1 00001000 00001100\n"
    "political_party n 1 1 @ 1 0 00001000\n";
inline constexpr const char* kWordNetExcNoun = "";
inline constexpr const char* kWordNetDataAdj =
    "00002000 00 a 02 big 0 large(a) 0 000 | above average in size\n";
inline constexpr const char* kWordNetIndexAdj =
    "big a 1 0 1 0 00002000\n"
    "large a 1 0 1 0 00002000\n";
inline constexpr const char* kWordNetExcAdj = "bigger big\nbiggest big\n";
inline constexpr const char* kWordNetDataAdv = "";
inline constexpr const char* kWordNetIndexAdv = "";
inline constexpr const char* kWordNetExcAdv = "";

// The (file name, contents) of every WordNet file above.
inline std::vector<std::pair<std::string, std::string>> WordNetFiles() {
  return {{"data.verb", kWordNetDataVerb},   {"index.verb", kWordNetIndexVerb},
          {"verb.exc", kWordNetExcVerb},     {"data.noun", kWordNetDataNoun},
          {"index.noun", kWordNetIndexNoun}, {"noun.exc", kWordNetExcNoun},
          {"data.adj", kWordNetDataAdj},     {"index.adj", kWordNetIndexAdj},
          {"adj.exc", kWordNetExcAdj},       {"data.adv", kWordNetDataAdv},
          {"index.adv", kWordNetIndexAdv},   {"adv.exc", kWordNetExcAdv}};
}

// MyThes: "state" is listed under "mention" (so a spinner may have written
// "state" for "mention"), "party" under "ruling party" as its generic
// term, and "opposition" as an antonym, which is no candidate.
inline constexpr const char* kMythes =
    "UTF-8\n"
    "mention|2\n"
    "(verb)|say|state|cite (generic term)\n"
    "(noun)|reference\n"
    "ruling party|1\n"
    "(noun)|government|party (generic term)|opposition (antonym)\n";

// Aiksaurus: words.dat and meanings.dat as bytes. Words (by id): 0 bash,
// 1 celebration, 2 do, 3 party, 4 take part. Meaning 0 "party /
// celebration" holds 0-3; meaning 1 "take part / do" holds 2 and 4.
inline void AppendU16(std::string& out, uint32_t value) {
  out += static_cast<char>(value >> 8);
  out += static_cast<char>(value & 0xFF);
}

inline std::string MobyWord(const std::string& word, std::initializer_list<uint32_t> meanings) {
  std::string out = word;
  out += '\0';
  for (uint32_t meaning : meanings) AppendU16(out, meaning);
  AppendU16(out, 0xFFFF);
  return out;
}

inline std::string MobyMeaningRecord(uint32_t title1, uint32_t title2,
                                     std::initializer_list<uint32_t> members) {
  std::string out;
  AppendU16(out, title1);
  AppendU16(out, title2);
  for (uint32_t member : members) AppendU16(out, member);
  AppendU16(out, 0xFFFF);
  return out;
}

inline std::string MobyWordsDat() {
  return MobyWord("bash", {0}) + MobyWord("celebration", {0}) + MobyWord("do", {0, 1}) +
         MobyWord("party", {0}) + MobyWord("take:part", {1});
}

inline std::string MobyMeaningsDat() {
  return MobyMeaningRecord(3, 1, {0, 1, 2, 3}) + MobyMeaningRecord(4, 2, {2, 4});
}

}  // namespace unspin::testing
