// What an input is taken for: options, then its name, then (stdin with no
// name) its first bytes.
#include "cli/input_format.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

constexpr const char* kPage = "<!DOCTYPE html>\n<html><body><p>x</p></body></html>\n";
constexpr const char* kNotes = "---\ntitle: x\n---\n\nSome prose.\n";

TEST(InputFormat, OptionsThenNameThenSniffedBytes) {
  CommonOptions none;
  EXPECT_EQ(InputFormat(none, "a.html", false, ""), DocumentFormat::kHtml);
  EXPECT_EQ(InputFormat(none, "a.MD", false, ""), DocumentFormat::kMarkdown);
  EXPECT_EQ(InputFormat(none, "a.txt", false, kPage), DocumentFormat::kText);  // no sniffing
  EXPECT_EQ(InputFormat(none, "", true, kPage), DocumentFormat::kHtml);
  EXPECT_EQ(InputFormat(none, "", true, kNotes), DocumentFormat::kMarkdown);
  EXPECT_EQ(InputFormat(none, "", true, "Plain prose.\n"), DocumentFormat::kText);
  CommonOptions markdown;
  markdown.markdown = true;
  EXPECT_EQ(InputFormat(markdown, "a.html", false, ""), DocumentFormat::kMarkdown);
  CommonOptions no_html;
  no_html.no_html = true;
  EXPECT_EQ(InputFormat(no_html, "", true, kPage), DocumentFormat::kText);
  EXPECT_EQ(InputFormat(no_html, "a.md", false, ""), DocumentFormat::kMarkdown);
  CommonOptions no_markdown;
  no_markdown.no_markdown = true;
  EXPECT_EQ(InputFormat(no_markdown, "a.md", false, ""), DocumentFormat::kText);
  EXPECT_EQ(InputFormat(no_markdown, "", true, kNotes), DocumentFormat::kText);
}

TEST(LooksLikeHtml, FindsADoctypeOrHtmlTagInTheFirstKib) {
  EXPECT_TRUE(LooksLikeHtml("<!doctype HTML><p>x"));
  EXPECT_TRUE(LooksLikeHtml("\n\n  <HTML lang=en>"));
  EXPECT_FALSE(LooksLikeHtml("The <b>ruling</b> party"));  // a fragment reads as text
  EXPECT_FALSE(LooksLikeHtml(std::string(kSniffBytes, ' ') + "<html>"));
}

TEST(LooksLikeMarkdown, FindsFrontMatterAHeadingFirstOrAFence) {
  EXPECT_TRUE(LooksLikeMarkdown(kNotes));
  EXPECT_TRUE(LooksLikeMarkdown("+++\ntitle = 'x'\n+++\n"));
  EXPECT_TRUE(LooksLikeMarkdown("\n# Notes\n\nprose\n"));
  EXPECT_TRUE(LooksLikeMarkdown("Prose first.\n\n```sh\nmake\n```\n"));
  EXPECT_TRUE(LooksLikeMarkdown("Prose.\n  ~~~\ncode\n~~~\n"));
  EXPECT_FALSE(LooksLikeMarkdown("Prose.\n\n# not a heading when not first\n"));
  EXPECT_FALSE(LooksLikeMarkdown("#hashtag first\n"));
  EXPECT_FALSE(LooksLikeMarkdown("---\nnot closed\n"));
  EXPECT_FALSE(LooksLikeMarkdown("The ruling party met on Monday.\n"));
}

}  // namespace
}  // namespace unspin
