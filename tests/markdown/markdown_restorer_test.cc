// Markdown documents: only prose changes, and code, link targets, front
// matter and markup come out byte for byte.
#include "markdown/markdown_restorer.h"

#include <gtest/gtest.h>

#include "markdown/front_matter.h"
#include "restorer_fixture.h"
#include "structured_inputs.h"

namespace unspin {
namespace {

std::string Restore(const std::string& document) {
  static const auto restorer = testing::RestorerFor(testing::kCalledForAndPartyRules);
  return RestoreMarkdown(*restorer, document).value().document.text;
}

TEST(MarkdownRestorer, RestoresProseOfEveryKindOfBlock) {
  const struct {
    std::string input, expected;
  } cases[] = {
      {"Kim referred to as for calm.\n", "Kim called for calm.\n"},
      {"# The ruling celebration\n", "# The ruling party\n"},
      {"Setext ruling celebration\n===\n", "Setext ruling party\n===\n"},
      {"* one\n* the ruling celebration met\n", "* one\n* the ruling party met\n"},
      {"> the ruling celebration\n> referred to as for calm\n",
       "> the ruling party\n> called for calm\n"},
      {"| a | b |\n|---|---|\n| ruling celebration | x |\n",
       "| a | b |\n|---|---|\n| ruling party | x |\n"},
      {"the *ruling* celebration met\n", "the *ruling* party met\n"},
      {"[the ruling celebration](https://e.com/ruling-celebration)\n",
       "[the ruling party](https://e.com/ruling-celebration)\n"},
      {"Kim referred to as for calm.\r\nThe ruling celebration.\r\n",
       "Kim called for calm.\r\nThe ruling party.\r\n"},
  };
  for (const auto& c : cases) EXPECT_EQ(Restore(c.input), c.expected) << c.input;
}

TEST(MarkdownRestorer, LeavesCodeLinkTargetsAndMarkupAlone) {
  const char* unchanged[] = {
      "```python\nparty = \"referred to as for\"\n```\n",
      "~~~\nthe ruling celebration\n~~~\n",
      "    the ruling celebration in indented code\n",
      "Use `the ruling celebration` here.\n",
      "[link](https://e.com/referred-to-as-for \"the ruling celebration\")\n",
      "[link][ref]\n\n[ref]: https://e.com/ruling%20celebration \"ruling celebration\"\n",
      "![the ruling celebration](pic.png)\n",
      "<https://e.com/the/ruling/celebration>\n",
      "<div>\nthe ruling celebration\n</div>\n",
      "an <span title=\"ruling celebration\">x</span>\n",
      "referred to *as* for\n",  // a phrase across markup cannot be edited in place
  };
  for (const char* input : unchanged) EXPECT_EQ(Restore(input), input) << input;
}

TEST(MarkdownRestorer, LeavesFrontMatterAlone) {
  const std::string yaml =
      "---\ntitle: the ruling celebration\ntags: [referred to as for]\n---\n"
      "The ruling celebration met.\n";
  EXPECT_EQ(Restore(yaml), "---\ntitle: the ruling celebration\ntags: [referred to as for]\n---\n"
                           "The ruling party met.\n");
  const std::string toml = "+++\ntitle = \"ruling celebration\"\n+++\nruling celebration\n";
  EXPECT_EQ(Restore(toml), "+++\ntitle = \"ruling celebration\"\n+++\nruling party\n");
}

TEST(MarkdownRestorer, EntitiesReadAsTheirCharactersButAreNotEdited) {
  // "&rsquo;" reads as "’": the word before it is still prose.
  EXPECT_EQ(Restore("the ruling celebration&rsquo;s leader\n"),
            "the ruling party&rsquo;s leader\n");
}

TEST(MarkdownRestorer, BackslashEscapesAreNeverEdited) {
  EXPECT_EQ(Restore("the ruling celebration\\* met\n"), "the ruling party\\* met\n");
  EXPECT_EQ(Restore("referred to as\\ for\n"), "referred to as\\ for\n");
}

TEST(MarkdownText, MapsEverySegmentToItsOwnBytes) {
  const std::string document =
      "---\nk: v\n---\n# Head *em* x\n\nA `code` b [link](u) c &amp; d\nnext\\\nline\n";
  const MarkdownText text = ExtractMarkdownText(document).value();
  for (const MarkdownSegment& segment : text.segments) {
    if (segment.document_begin == MarkdownSegment::kNotInDocument) continue;
    EXPECT_EQ(document.substr(segment.document_begin, segment.text_end - segment.text_begin),
              text.text.substr(segment.text_begin, segment.text_end - segment.text_begin));
  }
  EXPECT_EQ(text.text.find("k: v"), std::string::npos) << text.text;
  EXPECT_EQ(text.text.find("code"), std::string::npos) << text.text;
  EXPECT_NE(text.text.find("c & d"), std::string::npos) << text.text;
}

TEST(FrontMatter, NeedsAnOpeningAndAClosingLine) {
  EXPECT_EQ(FrontMatterLength("---\na: 1\n---\nbody"), 13u);
  EXPECT_EQ(FrontMatterLength("---\r\na: 1\r\n...\r\nbody"), 16u);
  EXPECT_EQ(FrontMatterLength("\xEF\xBB\xBF+++\na = 1\n+++\n"), 17u);
  EXPECT_EQ(FrontMatterLength("---\na: 1\n"), 0u);    // never closed
  EXPECT_EQ(FrontMatterLength("text\n---\n"), 0u);    // not at the top
  EXPECT_EQ(FrontMatterLength("+++\na = 1\n---\n"), 0u);  // closed by the other kind
  EXPECT_EQ(FrontMatterLength("----\na\n----\n"), 0u);
}

TEST(MarkdownFileName, MatchesMarkdownExtensionsInAnyCase) {
  EXPECT_TRUE(IsMarkdownFileName("notes.md"));
  EXPECT_TRUE(IsMarkdownFileName("README.MD"));
  EXPECT_TRUE(IsMarkdownFileName("a.markdown"));
  EXPECT_FALSE(IsMarkdownFileName("a.mdx"));
  EXPECT_FALSE(IsMarkdownFileName("md"));
}

}  // namespace
}  // namespace unspin
