#include "html/html_limits.h"

#include <gtest/gtest.h>

#include <string>

namespace unspin {
namespace {

std::string Repeat(const std::string& piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

TEST(HtmlLimits, RealPageShapesStayWithinTheLimits) {
  // Each is thousands of elements that the tree builder closes by itself,
  // or that never open.
  const std::string pages[] = {
      Repeat("<p>unclosed paragraph ", 3000),
      "<ul>" + Repeat("<li>unclosed item", 3000) + "</ul>",
      "<dl>" + Repeat("<dt>term<dd>definition", 2000) + "</dl>",
      "<table>" + Repeat("<tr><td><font size=2>unclosed font in a cell", 2000) + "</table>",
      "<select>" + Repeat("<option>one", 2000) + "</select>",
      "<svg>" + Repeat("<path d='M0 0'/>", 3000) + "</svg>",
      Repeat("<my-card><b>x</b></my-card>", 3000),
      Repeat("<h2>one<h3>two", 2000),
      Repeat("<a href=x>unclosed link ", 3000),
      // Identical formatting elements: Gumbo keeps three of a kind open.
      Repeat("<p><font face=arial size=2>unclosed font", 3000),
      Repeat("<font face=arial size=2><p>unclosed font", 3000),
      Repeat("<p><b>bold heading</p>", 3000),
      Repeat("<br><img src=x><hr><input>", 3000),
      "<script>" + Repeat("if (a<b) document.write('<span>');", 2000) + "</script>",
      "<!-- " + Repeat("<span>", 2000) + " -->" + Repeat("<span></span>", 10),
      "<textarea>" + Repeat("<div>", 2000) + "</textarea>",
      "<p>a < b and c<d " + Repeat("<span>text</span> ", 3000),
  };
  for (const std::string& page : pages) {
    EXPECT_TRUE(CheckHtmlLimits(page).ok()) << CheckHtmlLimits(page).message() << "\n"
                                            << page.substr(0, 80);
  }
}

TEST(HtmlLimits, RefusesNestingPastTheLimitNamingTheByte) {
  const std::string page = "<p>" + Repeat("<span>", 600);
  const Status status = CheckHtmlLimits(page);
  EXPECT_EQ(status.message(),
            "HTML nested deeper than 512 elements at byte " + std::to_string(3 + 511 * 6));
  EXPECT_TRUE(CheckHtmlLimits("<p>" + Repeat("<span>", 500)).ok());
}

TEST(HtmlLimits, EndTagsThatCloseNothingDoNotHideNesting) {
  // </span> does not close past the <div>, "<div/>" opens a div in HTML,
  // and </x> closes nothing that is not open.
  for (const std::string& piece : {"<span><div></span>", "<div/>", "<div></x>", "<em-x><div></em-x>"}) {
    EXPECT_FALSE(CheckHtmlLimits(Repeat(piece, 600)).ok()) << piece;
  }
}

TEST(HtmlLimits, RefusesATagWithTooManyAttributes) {
  std::string tag = "<p>x<img";
  for (int i = 0; i < 257; ++i) tag += " a" + std::to_string(i) + "='v>w'";
  EXPECT_EQ(CheckHtmlLimits(tag + ">").message(),
            "an HTML tag with more than 256 attributes at byte 4");
  EXPECT_TRUE(CheckHtmlLimits(tag.substr(0, tag.rfind(' ')) + ">").ok());
}

TEST(HtmlLimits, RefusesFormattingElementsThatStayOpenAcrossBlocks) {
  // Gumbo re-opens every one of them in each later paragraph.
  std::string page;
  for (int i = 0; i < 300; ++i) page += "<p><b id=" + std::to_string(i) + ">x</p>";
  EXPECT_NE(CheckHtmlLimits(page).message().find("more than 256 HTML formatting elements"),
            std::string::npos);
  // Closed, or closed with their table cell, they do not count.
  EXPECT_TRUE(CheckHtmlLimits(Repeat("<p><b>x</b></p>", 3000)).ok());
}

}  // namespace
}  // namespace unspin
