#include "resolve/article_agreement.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

TEST(IndefiniteArticleFor, FollowsTheSoundOfTheWord) {
  const std::pair<const char*, const char*> cases[] = {
      {"high", "a"},     {"research", "a"}, {"analysis", "an"}, {"attack", "an"},
      {"hour", "an"},    {"honest", "an"},  {"union", "a"},     {"unusual", "an"},
      {"European", "a"}, {"one-off", "a"},  {"user", "a"},      {"Election", "an"},
  };
  for (const auto& [word, article] : cases) {
    EXPECT_EQ(IndefiniteArticleFor(word), article) << word;
  }
}

TEST(IndefiniteArticleFor, LeavesDigitsAndAcronymsAlone) {
  EXPECT_EQ(IndefiniteArticleFor("8-year-old"), "");
  EXPECT_EQ(IndefiniteArticleFor("FBI"), "");
  EXPECT_EQ(IndefiniteArticleFor(""), "");
}

}  // namespace
}  // namespace unspin
