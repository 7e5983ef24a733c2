#include "rules/word_id_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace unspin {
namespace {

// Keys that share prefixes and suffixes and differ in one byte anywhere,
// of every length up to 20: the table compares short keys by a packed
// word, and must still tell every one of them apart.
TEST(WordIdTable, TellsApartKeysDifferingInAnyOneByte) {
  std::vector<std::string> keys;
  for (size_t length = 0; length <= 20; ++length) {
    const std::string base(length, 'a');
    keys.push_back(base);
    for (size_t at = 0; at < length; ++at) {
      std::string changed = base;
      changed[at] = 'b';
      keys.push_back(changed);
    }
  }
  WordIdTable table;
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(table.Insert(keys[i]), i) << keys[i];
  EXPECT_EQ(table.size(), keys.size());
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(table.Find(keys[i]), i) << keys[i];
  EXPECT_EQ(table.Find("c"), WordIdTable::kAbsent);
  EXPECT_EQ(table.Find("aaaaaaaaac"), WordIdTable::kAbsent);
  EXPECT_EQ(table.Find(std::string(21, 'a')), WordIdTable::kAbsent);
}

}  // namespace
}  // namespace unspin
