#include "tokenize/address_spans.h"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>
#include <string>
#include <vector>

namespace unspin {
namespace {

std::vector<std::string> Addresses(const std::string& text) {
  std::vector<std::string> found;
  for (const ByteSpan& span : FindAddressSpans(text)) {
    found.push_back(text.substr(span.begin, span.size()));
  }
  return found;
}

TEST(AddressSpans, FindsUrlsEmailsHandlesAndHashtags) {
  EXPECT_EQ(Addresses("x https://a.b/c y me@site.org @bot #tag z"),
            (std::vector<std::string>{"https://a.b/c", "me@site.org", "@bot", "#tag"}));
}

TEST(AddressSpans, FindsEveryKindOfAddressWhole) {
  const std::vector<std::string> addresses = {
      "https://e.com/news/x?chief=1", "ftp://army.mil/battle", "sftp://host.org/a/b",
      "army.mil/battle",              "www.x.com/chief",       "e.com",
      "/home/chief/a.log",            "~/chief/notes",         "./chief/x",
      "../chief",                     "C:\\Users\\chief\\a.log", "\\\\server\\chief\\x",
      "#celebration",                 "@chief",                "chief@army.mil"};
  for (const std::string& address : addresses) {
    EXPECT_EQ(Addresses("see " + address + " today"), std::vector<std::string>{address})
        << address;
    EXPECT_EQ(Addresses("(" + address + ")."), std::vector<std::string>{address}) << address;
  }
}

TEST(AddressSpans, LeavesSlashedWordsDatesAndFractionsAlone) {
  for (const std::string text : {"and/or", "he/she/they", "24/7", "1/2/2024", "satellite tv for pc/laptop",
                                 "the chief: a party", "a.m. and p.m."}) {
    EXPECT_EQ(Addresses(text), std::vector<std::string>{}) << text;
  }
}

// Searching only the runs without spaces that might hold a match finds
// what one search of the whole text finds, on random text built of the
// pieces such matches are made of.
TEST(AddressSpans, SearchingRunsFindsWhatSearchingTheWholeTextFinds) {
  const RE2 whole(kAddressPattern);
  ASSERT_TRUE(whole.ok()) << whole.error();
  const std::vector<std::string> pieces = {
      "a", "bc", "www", ".", "com", "uk", "mil", "@", "#", "://", "http", "-", " ", "\t", "\n",
      "\v", "\"", "<", "x_y", "\u00e9", "io", "co", ":", "/", "+", "\\", "C", "~", "..", "|"};
  std::mt19937 random(5);
  size_t found = 0;
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 12);
    for (int p = 0; p < count; ++p) text += pieces[random() % pieces.size()];
    std::vector<ByteSpan> expected;
    re2::StringPiece input(text.data(), text.size());
    re2::StringPiece match;
    while (RE2::FindAndConsume(&input, whole, &match)) {
      const size_t begin = static_cast<size_t>(match.data() - text.data());
      expected.push_back({begin, begin + match.size()});
      if (match.empty()) break;
    }
    ASSERT_EQ(FindAddressSpans(text), expected) << "text '" << text << "'";
    found += expected.size();
  }
  EXPECT_GT(found, 500u);
}

}  // namespace
}  // namespace unspin
