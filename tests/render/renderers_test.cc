#include <gtest/gtest.h>

#include "render/unified_diff.h"
#include "render/word_diff.h"

namespace unspin {
namespace {

Edit Replace(std::string_view text, std::string_view word, std::string replacement) {
  Edit edit;
  edit.span.begin = text.find(word);
  edit.span.end = edit.span.begin + word.size();
  edit.original = std::string(word);
  edit.replacement = std::move(replacement);
  return edit;
}

TEST(UnifiedDiff, MakesSeparateHunksForDistantEditsWithCorrectLineNumbers) {
  std::string text;
  for (int i = 1; i <= 20; ++i) text += "line " + std::to_string(i) + "\n";
  const std::vector<Edit> edits = {Replace(text, "line 2\n", "LINE 2\nextra\n"),
                                   Replace(text, "line 18", "LINE 18")};
  const std::string diff = UnifiedDiff(text, edits, "f.txt");
  EXPECT_NE(diff.find("@@ -1,5 +1,6 @@\n line 1\n-line 2\n+LINE 2\n+extra\n line 3\n"),
            std::string::npos)
      << diff;
  EXPECT_NE(diff.find("@@ -15,6 +16,6 @@\n"), std::string::npos) << diff;
}

TEST(UnifiedDiff, MergesNearbyEditsIntoOneHunkAndKeepsCarriageReturns) {
  const std::string text = "a spun\r\nb\r\nc spun\r\n";
  const std::vector<Edit> edits = {Replace(text, "spun", "x"),
                                   Replace(text, "c spun", "c x")};
  const std::string diff = UnifiedDiff(text, edits, "f.txt");
  EXPECT_EQ(diff,
            "--- f.txt\n+++ f.txt\n@@ -1,3 +1,3 @@\n-a spun\r\n+a x\r\n b\r\n-c spun\r\n+c x\r\n");
}

TEST(WordDiff, ShowsEveryEditInline) {
  const std::string text = "one spun two spun";
  std::vector<Edit> edits = {Replace(text, "spun", "x")};
  Edit second = Replace(text.substr(9), "spun", "y");
  second.span.begin += 9;
  second.span.end += 9;
  edits.push_back(second);
  EXPECT_EQ(WordDiff(text, edits), "one [-spun-]{+x+} two [-spun-]{+y+}");
}

}  // namespace
}  // namespace unspin
