#include "api/json_layout.h"

#include <gtest/gtest.h>

namespace unspin {
namespace {

JsonLayout Scan(std::string_view line, std::vector<std::string> field = {"text"}) {
  JsonLayoutOptions options;
  options.field = std::move(field);
  options.report_key = "unspin";
  return ScanJsonObject(line, options);
}

std::string_view Slice(std::string_view line, ByteSpan span) {
  return line.substr(span.begin, span.size());
}

TEST(JsonLayout, FindsTheFieldsTokenWithItsEscapes) {
  const std::string_view line = R"({"n":1.5e3, "text" :  "a \"b\" \u00e9\\" ,"z":[]} )";
  const JsonLayout layout = Scan(line);
  ASSERT_TRUE(layout.error.empty()) << layout.error;
  ASSERT_TRUE(layout.field_found);
  EXPECT_EQ(Slice(line, layout.field_value), R"("a \"b\" \u00e9\\")");
  EXPECT_EQ(layout.field_text, "a \"b\" \xC3\xA9\\");
  EXPECT_EQ(layout.close_brace, line.rfind('}'));
  EXPECT_EQ(layout.members, 3u);
  ASSERT_EQ(layout.complete_members.size(), 3u);
  EXPECT_EQ(Slice(line, layout.complete_members[0]), R"("n":1.5e3)");
  EXPECT_EQ(Slice(line, layout.complete_members[2]), R"("z":[])");
}

TEST(JsonLayout, NamesTheFirstMissingKeyAndTheTypeOfANonString) {
  EXPECT_EQ(Scan(R"({"a":{"c":1}})", {"a", "b", "c"}).missing_key, "b");
  EXPECT_EQ(Scan(R"({"a":5})", {"a", "b"}).missing_key, "b");
  EXPECT_EQ(Scan(R"({"x":{"text":"no"}})").missing_key, "text");
  const JsonLayout number = Scan(R"({"text":[1]})");
  EXPECT_TRUE(number.field_found);
  EXPECT_EQ(number.field_type, "array");
}

TEST(JsonLayout, ACutLineGivesItsCompleteLeadingMembers) {
  const std::string_view line = R"({"id":42,"tags":["a","b"],"text":"long text cut he)";
  const JsonLayout layout = Scan(line);
  EXPECT_FALSE(layout.error.empty());
  ASSERT_EQ(layout.complete_members.size(), 2u);
  EXPECT_EQ(Slice(line, layout.complete_members[0]), R"("id":42)");
  EXPECT_EQ(Slice(line, layout.complete_members[1]), R"("tags":["a","b"])");
}

TEST(JsonLayout, ReportsSyntaxErrorsWithTheirColumnAndLimitsWithout) {
  const JsonLayout bad = Scan(R"({"a":1,})");
  EXPECT_EQ(bad.error_column, 8u);
  EXPECT_TRUE(bad.error.starts_with("malformed JSON: ")) << bad.error;
  JsonLayoutOptions options;
  options.max_depth = 3;
  const JsonLayout deep = ScanJsonObject(R"({"a":[[[1]]]})", options);
  EXPECT_EQ(deep.error, "JSON nested deeper than 3 levels");
  EXPECT_EQ(deep.error_column, 0u);
}

}  // namespace
}  // namespace unspin
