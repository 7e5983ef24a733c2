// HTML pages through the real binary: detection by file name, every output
// mode with offsets into the page, --jsonl with an HTML field, a 20 MB page.
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.h"

namespace unspin {
namespace {

constexpr const char* kRules = R"(
rule called-for.referred-to-as-for
  spun: referred to as for
  restore: called for
  certain: yes
  example: It referred to as for calm. => It called for calm.
)";

constexpr const char* kPage =
    "<!DOCTYPE html>\n<html><body>\n<!-- referred to as for -->\n"
    "<p>Kim referred to as for talks &amp; calm.</p>\n"
    "<pre>referred to as for</pre>\n</body></html>\n";
constexpr const char* kRestoredPage =
    "<!DOCTYPE html>\n<html><body>\n<!-- referred to as for -->\n"
    "<p>Kim called for talks &amp; calm.</p>\n"
    "<pre>referred to as for</pre>\n</body></html>\n";

class HtmlCliTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("r.rules", kRules);
  }
};

TEST_F(HtmlCliTest, HtmlFilesAreDetectedByName) {
  Write("page.html", kPage);
  Write("page.txt", kPage);
  const Result html = Unspin("--spell=off --rules r.rules page.html");
  EXPECT_EQ(html.exit_code, 0) << html.err;
  EXPECT_EQ(html.out, kRestoredPage);
  // The same bytes as plain text: the comment and <pre> change too.
  const Result text = Unspin("--spell=off --rules r.rules page.txt");
  EXPECT_EQ(text.out.find("referred to as for"), std::string::npos) << text.out;
  // --html on stdin; --no-html for a .html file.
  EXPECT_EQ(Unspin("--spell=off --rules r.rules --html", kPage).out, kRestoredPage);
  EXPECT_EQ(Unspin("--spell=off --rules r.rules --no-html page.html").out, text.out);
}

TEST_F(HtmlCliTest, DiffOfAPageAppliesWithPatch) {
  if (std::system("command -v patch >/dev/null 2>&1") != 0) GTEST_SKIP() << "no patch";
  Write("page.html", kPage);
  const Result diff = Unspin("--spell=off --rules r.rules --diff page.html");
  ASSERT_EQ(diff.exit_code, 1) << diff.err;
  Write("page.diff", diff.out);
  ASSERT_EQ(std::system(("cd '" + dir_.string() + "' && patch -s -p0 < page.diff").c_str()), 0);
  EXPECT_EQ(ReadFile(dir_ / "page.html"), kRestoredPage);
}

TEST_F(HtmlCliTest, JsonOffsetsPointIntoThePage) {
  Write("page.html", kPage);
  const Result run = Unspin("--spell=off --rules r.rules --json page.html");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json report = nlohmann::json::parse(run.out);
  ASSERT_EQ(report["edits"].size(), 1u);
  const size_t begin = report["edits"][0]["start"]["byte"];
  const size_t end = report["edits"][0]["end"]["byte"];
  EXPECT_EQ(std::string(kPage).substr(begin, end - begin), "referred to as for");
  EXPECT_EQ(report["edits"][0]["start"]["line"], 4);
}

TEST_F(HtmlCliTest, JsonlRestoresAnHtmlField) {
  const nlohmann::json record = {{"url", "http://x/"}, {"html", kPage}};
  const Result run =
      Unspin("--spell=off --rules r.rules --jsonl --html --field html", record.dump() + "\n");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const nlohmann::json out = nlohmann::json::parse(run.out);
  EXPECT_EQ(out["html"], kRestoredPage);
  EXPECT_EQ(out["unspin"]["edits"].size(), 1u);
}

TEST_F(HtmlCliTest, ReviewWorksOnAPage) {
  Write("page.html", kPage);
  const Result run = Unspin("--spell=off --rules r.rules review page.html -o out.html", "y\n");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadFile(dir_ / "out.html"), kRestoredPage);
}

TEST_F(HtmlCliTest, ATwentyMegabytePageIsRestoredExactly) {
  const std::string story =
      "<div><p>Kim referred to as for talks &amp; calm.</p><script>s='referred to as "
      "for'</script><!-- referred to as for --></div>\n";
  const std::string restored =
      "<div><p>Kim called for talks &amp; calm.</p><script>s='referred to as "
      "for'</script><!-- referred to as for --></div>\n";
  std::string page = "<!DOCTYPE html><html><body>\n", expected = page;
  while (page.size() < (20u << 20)) {
    page += story;
    expected += restored;
  }
  page += "</body></html>\n";
  expected += "</body></html>\n";
  Write("big.html", page);
  const Result run = Unspin("--spell=off --rules r.rules big.html");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(run.out == expected) << "the restored page differs";
}

}  // namespace
}  // namespace unspin
