#include <gtest/gtest.h>

#include "render/diff_path.h"
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

TEST(DiffHeaderPath, QuotesNamesAsGitDoes) {
  const struct {
    std::string name, header;
  } cases[] = {
      {"plain.txt", "plain.txt"},
      {"dir/a-b_c.txt", "dir/a-b_c.txt"},
      {"my file.txt", "my file.txt\t"},  // the tab ends the name for patch
      {"a\"b\\c", "\"a\\\"b\\\\c\""},
      {"x\n+++ other.txt", "\"x\\n+++ other.txt\"\t"},
      {"tab\there\r\x01\x7f", "\"tab\\there\\r\\001\\177\""},
      {"caf\xc3\xa9", "\"caf\\303\\251\""},
  };
  for (const auto& c : cases) EXPECT_EQ(DiffHeaderPath(c.name), c.header) << c.name;
}

TEST(UnifiedDiff, HeaderNameWithANewlineStaysOnItsLine) {
  const std::string text = "a spun\n";
  const std::string diff = UnifiedDiff(text, {Replace(text, "spun", "x")}, "e\n+++ other");
  EXPECT_EQ(diff.rfind("--- \"e\\n+++ other\"\t\n+++ \"e\\n+++ other\"\t\n@@ -1,1 +1,1 @@\n", 0), 0u)
      << diff;
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
