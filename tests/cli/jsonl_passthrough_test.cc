// --jsonl as a filter in a data pipeline, through the real binary: every
// byte of a record but the restored value comes out as it went in, the
// report's key never overwrites one the record has, blank and over-long
// lines keep the one-line-per-line contract, and a hostile page in one
// record does not take the stream down.
#include <nlohmann/json.hpp>

#include "cli/cli_fixture.h"

namespace unspin {
namespace {

constexpr const char* kFlags = "--jsonl --spell=off --no-vocab --rules said.rules";
constexpr const char* kSaid =
    "rule said.mentioned\n  spun: mentioned\n  restore: said\n  example: x mentioned => x said\n";

class JsonlPassthroughTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("said.rules", kSaid);
  }

  // The output lines of `unspin --jsonl EXTRA` over `input`, exit 0.
  std::vector<std::string> Lines(const std::string& input, const std::string& extra = "") {
    const Result run = Unspin(std::string(kFlags) + " " + extra, input);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    std::vector<std::string> lines;
    std::istringstream stream(run.out);
    for (std::string line; std::getline(stream, line);) lines.push_back(line);
    return lines;
  }
};

// The line up to the report: what the record was, with the value restored.
std::string BeforeReport(const std::string& line, const std::string& key = "unspin") {
  return line.substr(0, line.rfind(",\"" + key + "\":"));
}

TEST_F(JsonlPassthroughTest, NumbersComeOutAsWritten) {
  const std::string record =
      R"({"id":123456789012345678901234567890,"tiny":1.0e-400,"zero":-0,"e":1E2,)"
      R"("text":"it mentioned"})";
  const std::vector<std::string> out = Lines(record + "\n");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(BeforeReport(out[0]),
            R"({"id":123456789012345678901234567890,"tiny":1.0e-400,"zero":-0,"e":1E2,)"
            R"("text":"it said")");
}

TEST_F(JsonlPassthroughTest, DuplicateKeysAreKeptAndTheLastIsTheField) {
  const std::vector<std::string> out =
      Lines(R"({"text":"they mentioned","id":1,"text":"it mentioned"})" "\n");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(BeforeReport(out[0]), R"({"text":"they mentioned","id":1,"text":"it said")");
  // A later duplicate of a key on the path stands for the earlier one.
  const std::vector<std::string> nested =
      Lines(R"({"a":{"b":"it mentioned"},"a":{"c":1}})" "\n", "--field a.b");
  ASSERT_EQ(nested.size(), 1u);
  EXPECT_EQ(nested[0],
            R"({"a":{"b":"it mentioned"},"a":{"c":1},"unspin":{"error":"line 1: 'a.b': no field 'b'"}})");
}

TEST_F(JsonlPassthroughTest, SpacingEscapesAndLineEndingsAreKept) {
  const std::string spaced = "{ \"id\" : 7,\t\"text\" : \"it mentioned \\u00e9\\/\" , \"z\":[1, {}] }\r";
  const std::string unchanged = R"({"text":"caf\u00e9 \"quoted\"\/ nothing to do"} )";
  const std::vector<std::string> out = Lines(spaced + "\n" + unchanged + "\n");
  ASSERT_EQ(out.size(), 2u);
  // The restored value is written anew; the rest, to the CR, as it was.
  EXPECT_EQ(out[0].substr(0, out[0].find(",\"unspin\":")),
            "{ \"id\" : 7,\t\"text\" : \"it said \xC3\xA9/\" , \"z\":[1, {}]");
  EXPECT_TRUE(out[0].ends_with("} }\r")) << out[0];  // the report, then " }" and the CR
  EXPECT_EQ(BeforeReport(out[1]), R"({"text":"caf\u00e9 \"quoted\"\/ nothing to do")");
  EXPECT_TRUE(out[1].ends_with("} ")) << out[1];
  EXPECT_TRUE(nlohmann::json::accept(out[0]) && nlohmann::json::accept(out[1]));
}

TEST_F(JsonlPassthroughTest, ARecordWithTheReportKeyGetsAnErrorRecordNotAnOverwrite) {
  const std::string record = R"({"unspin":"mine","text":"it mentioned"})";
  const std::vector<std::string> out = Lines(record + "\n");
  ASSERT_EQ(out.size(), 1u);
  const nlohmann::json error = nlohmann::json::parse(out[0]);
  EXPECT_EQ(error["unspin"]["input"], record) << "nothing of the record is lost";
  EXPECT_NE(error["unspin"]["error"].get<std::string>().find(
                "line 1: the record already has a key 'unspin'"),
            std::string::npos)
      << out[0];
  // Under another report key the record is restored and keeps its own.
  const std::vector<std::string> renamed = Lines(record + "\n", "--report-key unspin_report");
  ASSERT_EQ(renamed.size(), 1u);
  EXPECT_EQ(BeforeReport(renamed[0], "unspin_report"), R"({"unspin":"mine","text":"it said")");
  EXPECT_EQ(nlohmann::json::parse(renamed[0])["unspin_report"]["edits"].size(), 1u);
}

TEST_F(JsonlPassthroughTest, AFieldUnderTheReportKeyIsAUsageError) {
  for (const std::string field : {"unspin", "unspin.text"}) {
    const Result run = Unspin(std::string(kFlags) + " --field " + field, "{\"text\":\"x\"}\n");
    EXPECT_EQ(run.exit_code, 2) << field;
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find("--field '" + field + "' is under the report's key 'unspin'"),
              std::string::npos)
        << run.err;
  }
}

TEST_F(JsonlPassthroughTest, BlankLinesPassThroughAsBlankLines) {
  const Result run = Unspin(kFlags, "{\"text\":\"it mentioned\"}\n\n  \r\n{\"text\":\"x\"}\n");
  ASSERT_EQ(run.exit_code, 0);
  std::istringstream stream(run.out);
  std::vector<std::string> lines;
  for (std::string line; std::getline(stream, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 4u) << run.out;
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(lines[2], "  \r");
  EXPECT_NE(run.err.find("4 records, 0 with errors"), std::string::npos) << run.err;
}

TEST_F(JsonlPassthroughTest, ALineOverTheLimitKeepsItsLeadingFields) {
  const std::string big = R"({"id":"a-17","n":12345,"meta":{"k":[1,2]},"text":")" +
                          std::string(3000, 'x') + "\"}\n";
  const std::vector<std::string> out = Lines(big + "{\"id\":2,\"text\":\"it mentioned\"}\n",
                                             "--max-doc-bytes 1000");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0],
            R"({"id":"a-17","n":12345,"meta":{"k":[1,2]},"unspin":{"error":"line 1: document )"
            R"x(exceeds --max-doc-bytes (1000 bytes)"}})x");
  EXPECT_EQ(BeforeReport(out[1]), R"({"id":2,"text":"it said")");
}

TEST_F(JsonlPassthroughTest, MalformedJsonIsReportedWithLineAndColumn) {
  const std::vector<std::string> out = Lines("{\"text\":\"x\"}\n{\"id\":1, tru}\n");
  ASSERT_EQ(out.size(), 2u);
  const std::string error = nlohmann::json::parse(out[1])["unspin"]["error"];
  EXPECT_TRUE(error.starts_with("line 2, column 13: malformed JSON: ")) << error;
}

TEST_F(JsonlPassthroughTest, ARecordWithTooManyKeysGetsAnErrorRecord) {
  std::string record = "{";
  for (int i = 0; i < 100001; ++i) record += "\"k" + std::to_string(i) + "\":0,";
  record += "\"text\":\"it mentioned\"}\n";
  const std::vector<std::string> out = Lines(record + "{\"text\":\"it mentioned\"}\n");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_NE(out[0].find("line 1: JSON object with more than 100000 keys"), std::string::npos)
      << out[0].substr(0, 200);
  EXPECT_EQ(BeforeReport(out[1]), R"({"text":"it said")");
}

TEST_F(JsonlPassthroughTest, DeeplyNestedHtmlGivesAnErrorRecordAndTheStreamGoesOn) {
  auto record = [](const std::string& page) {
    return nlohmann::json{{"html", page}}.dump() + "\n";
  };
  std::string spans = "<p>", lists = "<p>";
  for (int i = 0; i < 55000; ++i) spans += "<span>";
  for (int i = 0; i < 30000; ++i) lists += "<li><ul>";
  const std::string good = record("<p>it mentioned</p>");
  const std::vector<std::string> out =
      Lines(good + record(spans + "it mentioned") + record(lists + "it mentioned") + good,
            "--html --field html");
  ASSERT_EQ(out.size(), 4u);
  EXPECT_EQ(BeforeReport(out[0]), R"({"html":"<p>it said</p>")");
  for (int i : {1, 2}) {
    const nlohmann::json error = nlohmann::json::parse(out[i]);
    EXPECT_NE(error["unspin"]["error"].get<std::string>().find(
                  "'html': HTML nested deeper than 512 elements at byte"),
              std::string::npos)
        << error["unspin"];
    EXPECT_TRUE(error["html"].get<std::string>().ends_with("it mentioned")) << "kept as it was";
  }
  EXPECT_EQ(out[3], out[0]);
}

TEST_F(JsonlPassthroughTest, PagesPastTheHtmlLimitsAreRefusedNamingTheByte) {
  std::string attributes = "<p><span";
  for (int i = 0; i < 80000; ++i) attributes += " a" + std::to_string(i) + "=1";
  attributes += ">it mentioned</span>";
  std::string formatting;
  for (int i = 0; i < 40000; ++i) formatting += "<p><b id=" + std::to_string(i) + ">x</p>";
  struct Case {
    std::string page;
    std::string error;
  };
  const Case cases[] = {
      {attributes, "page.html: an HTML tag with more than 256 attributes at byte 3"},
      {formatting, "page.html: more than 256 HTML formatting elements (<b>, <font>, ...) "
                   "open at once at byte"},
  };
  for (const Case& c : cases) {
    Write("page.html", c.page);
    const Result run = Unspin("--spell=off --no-vocab --rules said.rules page.html");
    EXPECT_EQ(run.exit_code, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_NE(run.err.find("unspin: error: " + c.error), std::string::npos) << run.err;
  }
}

// scripts/train/train-models.py learns from these reports: --explain must
// reach --jsonl (it was once dropped between the flags and the filter).
TEST_F(JsonlPassthroughTest, ExplainAddsTheDetectorsFeaturesToEachReport) {
  const std::vector<std::string> lines = Lines("{\"text\": \"He mentioned it.\"}\n", "--explain");
  ASSERT_EQ(lines.size(), 1u);
  const nlohmann::json report = nlohmann::json::parse(lines[0])["unspin"];
  ASSERT_TRUE(report.contains("explain")) << lines[0];
  EXPECT_TRUE(report["explain"]["detector"]["features"].contains("anomaly_share")) << lines[0];
  EXPECT_FALSE(nlohmann::json::parse(Lines("{\"text\": \"He mentioned it.\"}\n")[0])["unspin"]
                   .contains("explain"));
}

}  // namespace
}  // namespace unspin
