// HTML pages: only text changes, and everything else comes out byte for
// byte.
#include "html/html_restorer.h"

#include <gtest/gtest.h>

#include "restorer_fixture.h"

namespace unspin {
namespace {

constexpr const char* kRules = R"(
rule called-for.referred-to-as-for
  spun: referred to as for
  restore: called for
  certain: yes
rule party.celebration
  spun: celebration
  restore: party
  inflect: noun
  before: ruling
rule satellite.satellite-tv-for-pc
  spun: satellite tv for pc
  restore: satellite
  certain: yes
rule said.mentioned
  spun: mentioned
  restore: said
  after: that|,|\.
)";

std::string Restore(const std::string& page, bool attributes = false) {
  static const auto restorer = testing::RestorerFor(kRules);
  HtmlTextOptions options;
  options.attributes = attributes;
  return RestoreHtml(*restorer, page, options).value().page.text;
}

TEST(HtmlRestorer, RestoresTextNodesAndLeavesMarkupAlone) {
  EXPECT_EQ(Restore("<p class=\"referred to as for\">Kim referred to as for talks.</p>"),
            "<p class=\"referred to as for\">Kim called for talks.</p>");
}

TEST(HtmlRestorer, KeepsEntitiesInAnEditedTextNode) {
  EXPECT_EQ(Restore("<p>The ruling celebration&#8217;s meeting &amp; a satellite tv for pc "
                    "launch&nbsp;&mdash; it mentioned that.</p>"),
            "<p>The ruling party&#8217;s meeting &amp; a satellite launch&nbsp;&mdash; it said "
            "that.</p>");
  EXPECT_EQ(Restore("<p>The ruling celebration&rsquo;s &#x2019;x&#x2019;</p>"),
            "<p>The ruling party&rsquo;s &#x2019;x&#x2019;</p>");
}

TEST(HtmlRestorer, DoesNotEditAcrossAnEntity) {
  // "referred to as&nbsp;for" would lose the entity: left alone.
  EXPECT_EQ(Restore("<p>Kim referred to as&nbsp;for talks.</p>"),
            "<p>Kim referred to as&nbsp;for talks.</p>");
}

TEST(HtmlRestorer, APhraseSplitByATagIsNotMatchedButContextFlowsAcrossInlineTags) {
  EXPECT_EQ(Restore("<p>Kim referred to <b>as</b> for talks.</p>"),
            "<p>Kim referred to <b>as</b> for talks.</p>");
  // "ruling" is in the link, "celebration" after it: one sentence.
  EXPECT_EQ(Restore("<p>The <a href=\"/p\">ruling</a> celebration met.</p>"),
            "<p>The <a href=\"/p\">ruling</a> party met.</p>");
  // A block boundary ends the context.
  EXPECT_EQ(Restore("<div>The ruling</div><div>celebration met.</div>"),
            "<div>The ruling</div><div>celebration met.</div>");
}

TEST(HtmlRestorer, NeverTouchesCodeScriptsStylesCommentsOrMarkedElements) {
  const std::string page =
      "<script>var a = 'referred to as for';</script><style>/* referred to as for */</style>"
      "<!-- referred to as for --><pre>referred to as for</pre><code>referred to as for</code>"
      "<textarea>referred to as for</textarea><kbd>referred to as for</kbd>"
      "<p translate=\"no\">referred to as for <b>referred to as for</b></p>"
      "<div data-unspin=\"off\"><p>referred to as for</p></div>"
      "<svg><text>referred to as for</text></svg>";
  EXPECT_EQ(Restore(page), page);
}

TEST(HtmlRestorer, RestoresAltAndTitleAttributesOnlyWhenAsked) {
  const std::string page = "<img alt=\"a satellite tv for pc\" title='Kim referred to as for'>";
  EXPECT_EQ(Restore(page), page);
  EXPECT_EQ(Restore(page, /*attributes=*/true),
            "<img alt=\"a satellite\" title='Kim called for'>");
  // Either order in the tag.
  EXPECT_EQ(Restore("<img title='Kim referred to as for' alt=\"a satellite tv for pc\">", true),
            "<img title='Kim called for' alt=\"a satellite\">");
}

TEST(HtmlRestorer, KeepsWhitespaceLineEndingsAndTheDoctype) {
  const std::string page =
      "<!DOCTYPE html>\r\n<html>\r\n  <body>\r\n\t<p>\r\n  Kim referred to as for\r\n  "
      "talks.  </p>\r\n</body></html>\r\n";
  std::string expected = page;
  expected.replace(expected.find("referred to as for"), 18, "called for");
  EXPECT_EQ(Restore(page), expected);
}

TEST(HtmlRestorer, SurvivesMalformedMarkup) {
  const std::string pages[] = {
      "<p>Kim referred to as for talks",                       // never closed
      "<p><b>Kim referred to as for</p> talks</b>",            // misnested
      "<table><tr>Kim referred to as for talks<td>x</table>",  // foster-parented text
      "<p a=\"unterminated>Kim referred to as for talks</p>",
      "</p></div>Kim referred to as for talks<<>>&&;&#xZZ;",
      "<p>&#0;&#xD800;&#99999999; referred to as for</p>",
      std::string("<p>a\0b referred to as for\xFF</p>", 30),
  };
  for (const std::string& page : pages) {
    static const auto restorer = testing::RestorerFor(kRules);
    const Restoration result = RestoreHtml(*restorer, page).value().page;
    // Whatever Gumbo made of it: only edits change bytes, and they are real.
    size_t at = 0;
    for (const Edit& edit : result.edits) {
      ASSERT_GE(edit.span.begin, at);
      ASSERT_EQ(page.substr(edit.span.begin, edit.span.size()), edit.original);
      at = edit.span.end;
    }
    if (result.edits.empty()) EXPECT_EQ(result.text, page);
  }
  EXPECT_EQ(Restore("<p>Kim referred to as for talks"), "<p>Kim called for talks");
}

TEST(HtmlRestorer, OffsetsOfEditsAreInThePage) {
  static const auto restorer = testing::RestorerFor(kRules);
  const std::string page = "<h1>Title</h1><p>&amp; Kim referred to as for talks.</p>";
  const Restoration result = RestoreHtml(*restorer, page).value().page;
  ASSERT_EQ(result.edits.size(), 1u);
  EXPECT_EQ(result.edits[0].span.begin, page.find("referred"));
  EXPECT_EQ(result.edits[0].original, "referred to as for");
}

TEST(HtmlRestorer, RecognisesPageFileNames) {
  EXPECT_TRUE(IsHtmlFileName("a.html"));
  EXPECT_TRUE(IsHtmlFileName("A.HTM"));
  EXPECT_TRUE(IsHtmlFileName("x.xhtml"));
  EXPECT_FALSE(IsHtmlFileName("a.txt"));
  EXPECT_FALSE(IsHtmlFileName("html"));
}

}  // namespace
}  // namespace unspin
