// The public C++ API (include/unspin/unspin.h), as a program uses it, and
// its agreement with the command line built on the same options.
#include <gtest/gtest.h>

#include <algorithm>

#include "cli/cli_fixture.h"
#include "cli/options.h"
#include "unspin/unspin.h"

namespace unspin {
namespace {

const api::Restorer& DefaultRestorer() {
  static const api::Restorer restorer = [] {
    api::Expected<api::Restorer> created = api::Restorer::Create({});
    if (!created.ok()) throw std::runtime_error(created.error());
    return std::move(created.value());
  }();
  return restorer;
}

TEST(PublicApi, RestoresAnArtefactWithByteAndCodePointOffsets) {
  // "Café" and the curly quote take more bytes than code points.
  const std::string input = "Caf\u00e9 \u201cnews\u201d: a satellite tv for pc.";
  api::Expected<api::Result> result = DefaultRestorer().Restore(input);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result->text, "Caf\u00e9 \u201cnews\u201d: a satellite.");
  ASSERT_EQ(result->edits.size(), 1u);
  const api::Edit& edit = result->edits[0];
  EXPECT_EQ(edit.original, "satellite tv for pc");
  EXPECT_EQ(edit.replacement, "satellite");
  EXPECT_EQ(input.substr(edit.start.byte, edit.end.byte - edit.start.byte), edit.original);
  EXPECT_EQ(edit.start.codepoint, 15u);
  EXPECT_EQ(edit.start.byte, 20u);
  EXPECT_EQ(edit.rule, "satellite.satellite-tv-for-pc");
  EXPECT_EQ(edit.origin, "hand");
  EXPECT_TRUE(edit.certain);
  EXPECT_GT(result->spin_probability, 0.5);
  EXPECT_EQ(result->original(), input);
}

TEST_F(CliTest, ThePublicApiCountsTheRulesOfThePacksNotTheEnginesOwn) {
  // The default restorer also holds the built-in inside-word rule; the count
  // is of the rules the pack's files hold, as `unspin rules list` gives it.
  const Result listed = Unspin("rules list");
  ASSERT_EQ(listed.exit_code, 0) << listed.err;
  const std::string count = std::to_string(DefaultRestorer().rule_count());
  EXPECT_NE(listed.out.find("news (default): " + count + " rules"), std::string::npos)
      << listed.out << "rule_count() = " << count;
}

TEST(PublicApi, LeavesCleanTextByteForByte) {
  const std::string input = "The council met on Tuesday.\r\n\xff and approved it.";
  api::Expected<api::Result> result = DefaultRestorer().Restore(input);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result->text, input);
  EXPECT_TRUE(result->edits.empty());
  EXPECT_FALSE(result->warnings.empty()) << "the invalid byte is noted";
}

TEST(PublicApi, CreateNamesTheUnknownPackAndTheInstalledOnes) {
  api::Options options;
  options.packs = {"nwes"};
  api::Expected<api::Restorer> created = api::Restorer::Create(options);
  ASSERT_FALSE(created.ok());
  EXPECT_NE(created.error().find("unknown rule pack 'nwes'"), std::string::npos)
      << created.error();
  EXPECT_NE(created.error().find("news"), std::string::npos) << created.error();
}

TEST(PublicApi, CreateRefusesAnOptionOutsideItsChoices) {
  api::Options options;
  options.spell = "loud";
  api::Expected<api::Restorer> created = api::Restorer::Create(options);
  ASSERT_FALSE(created.ok());
  EXPECT_EQ(created.error(), "spell must be one of 'off', 'report', 'fix', not 'loud'");
  options.spell = "off";
  options.min_confidence = 1.5;
  EXPECT_EQ(api::Restorer::Create(options).error(), "min_confidence must be between 0 and 1");
}

TEST(PublicApi, RestoreRefusesADocumentOverTheLimit) {
  api::Options options;
  options.max_doc_bytes = 10;
  api::Expected<api::Restorer> restorer = api::Restorer::Create(options);
  ASSERT_TRUE(restorer.ok()) << restorer.error();
  api::Expected<api::Result> result = restorer->Restore("a satellite tv for pc");
  ASSERT_FALSE(result.ok());
  EXPECT_NE(result.error().find("larger than max_doc_bytes (10 bytes)"), std::string::npos)
      << result.error();
}

TEST(PublicApi, RestoresOnlyTheTextOfAnHtmlPage) {
  const std::string page = "<p title=\"satellite tv for pc\">a satellite tv for pc</p>";
  api::Expected<api::Result> result = DefaultRestorer().Restore(page, api::Format::kHtml);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result->text, "<p title=\"satellite tv for pc\">a satellite</p>");
}

TEST(PublicApi, ReportsSpellingFindingsWhenAskedTo) {
  api::Options options;
  options.spell = "report";
  api::Expected<api::Restorer> restorer = api::Restorer::Create(options);
  ASSERT_TRUE(restorer.ok()) << restorer.error();
  api::Expected<api::Result> result = restorer->Restore("The councl met.");
  ASSERT_TRUE(result.ok()) << result.error();
  ASSERT_EQ(result->spelling.size(), 1u);
  EXPECT_EQ(result->spelling[0].word, "councl");
  EXPECT_EQ(result->spelling[0].start.codepoint, 4u);
  EXPECT_TRUE(DefaultRestorer().Restore("The councl met.")->spelling.empty())
      << "the library's default is spell \"off\"";
}

TEST(PublicApi, CommandLineDefaultsDifferOnlyInSpellAndDocumentLimit) {
  const api::Options library;
  const CommonOptions command_line;
  EXPECT_EQ(library.spell, "off");
  EXPECT_EQ(command_line.spell, "report");
  EXPECT_EQ(library.max_doc_bytes, size_t{16} << 20);
  EXPECT_EQ(command_line.max_doc_bytes, size_t{32} << 20);
  api::Options same = command_line;
  same.spell = library.spell;
  same.max_doc_bytes = library.max_doc_bytes;
  EXPECT_EQ(same.suggest, library.suggest);
  EXPECT_EQ(same.propose, library.propose);
  EXPECT_EQ(same.language, library.language);
  EXPECT_EQ(same.min_score, library.min_score);
  EXPECT_EQ(same.min_confidence, library.min_confidence);
  EXPECT_EQ(same.max_rule_file_bytes, library.max_rule_file_bytes);
}

TEST(PublicApi, FindsItsDataAndPacks) {
  EXPECT_FALSE(api::DataDir().empty());
  const std::vector<std::string> packs = api::InstalledPacks();
  EXPECT_NE(std::find(packs.begin(), packs.end(), "news"), packs.end());
  api::Expected<std::vector<api::Pack>> found = api::FindPacks({});
  ASSERT_TRUE(found.ok()) << found.error();
  ASSERT_EQ(found->size(), 1u);
  EXPECT_EQ(found->front().name, "news");
  EXPECT_EQ(found->front().rules, api::DataDir() + "/rules/news");
  EXPECT_FALSE(api::FindPacks({"nope"}).ok());
}

TEST(PublicApi, RestoreJsonlRefusesAFieldUnderTheReportKey) {
  api::JsonlOptions options;
  options.field = "unspin.text";
  api::Expected<api::JsonlLine> line = DefaultRestorer().RestoreJsonl("{}", 1, options);
  ASSERT_FALSE(line.ok());
  EXPECT_NE(line.error().find("under the report's key 'unspin'"), std::string::npos);
}

class PublicApiCliTest : public CliTest {};

// The same records through the library and through `unspin --jsonl`: the
// same lines, errors included.
TEST_F(PublicApiCliTest, RestoreJsonlGivesTheCommandLinesLines) {
  const std::vector<std::string> records = {
      R"({"id": 1, "text": "They bought a satellite tv for pc."})",
      R"({"id": 2, "body": "no text field"})",
      R"({"id": 3, broken)",
      R"({"id":4,"text":"The council met on Tuesday."}  )",
  };
  std::string input;
  for (const std::string& record : records) input += record + "\n";
  const Result cli = Unspin("--jsonl --spell=off", input);
  std::string library;
  for (size_t i = 0; i < records.size(); ++i) {
    api::Expected<api::JsonlLine> line = DefaultRestorer().RestoreJsonl(records[i], i + 1);
    ASSERT_TRUE(line.ok()) << line.error();
    library += line->line + "\n";
  }
  EXPECT_EQ(library, cli.out);
}

TEST_F(PublicApiCliTest, ToJsonIsTheCommandLinesReport) {
  const std::string text = "They bought a satellite tv for pc.\n";
  const Result cli = Unspin("--json --spell=off", text);
  api::Expected<api::Result> result = DefaultRestorer().Restore(text);
  ASSERT_TRUE(result.ok()) << result.error();
  EXPECT_EQ(result->ToJson("<stdin>") + "\n", cli.out);
}

}  // namespace
}  // namespace unspin
