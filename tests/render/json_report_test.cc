#include "render/json_report.h"

#include <gtest/gtest.h>

#include <string>

#include "restorer_fixture.h"

namespace unspin {
namespace {

constexpr const char* kRules = R"(rule called-for
  spun:       referred to as for
  restore:    called for
  certain:    yes
  note:       "referred to as for" is not English; it is "called for" with "called" spun.
)";

// A JSONL line is built with room reserved for the report and the report
// written straight into it: an estimate short of the report would make the
// line grow by doubling, holding the report up to three times at the peak
// (a 50 MB record of dense edits).
TEST(RestorationJson, EstimateCoversTheReportOfDenseEdits) {
  const std::unique_ptr<Restorer> restorer = testing::RestorerFor(kRules);
  ASSERT_NE(restorer, nullptr);
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "They referred to as for talks \"now\".\n";
  const Restoration restoration = restorer->Restore(text);
  ASSERT_EQ(restoration.edits.size(), 2000u);
  const std::string report = RestorationJson(restorer->rules(), text, restoration, "");
  const size_t estimate = EstimatedRestorationJsonBytes(restorer->rules(), restoration);
  EXPECT_GE(estimate, report.size());
  EXPECT_LE(estimate, 2 * report.size());  // and not a wild overestimate
}

TEST(RestorationJson, AppendsTheSameReportItReturns) {
  const std::unique_ptr<Restorer> restorer = testing::RestorerFor(kRules);
  ASSERT_NE(restorer, nullptr);
  const std::string text = "They referred to as for talks.";
  const Restoration restoration = restorer->Restore(text);
  std::string line = "{\"text\":1,\"unspin\":";
  AppendRestorationJson(restorer->rules(), text, restoration, "", nullptr, line);
  EXPECT_EQ(line, "{\"text\":1,\"unspin\":" + RestorationJson(restorer->rules(), text,
                                                              restoration, ""));
}

}  // namespace
}  // namespace unspin
