// `unspin rules import` through the real binary: thesauri as spinners and
// LibreOffice write them, and the lines it cannot read.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {

TEST_F(CliTest, RulesImportReadsSpintaxInTextAndSkipsWhatItCannotWithAWarning) {
  std::string huge = "{";
  for (int i = 0; i < 4000; ++i) huge += (i ? "|w" : "w") + std::to_string(i);
  Write("spin.txt", "{said|mentioned} the {party|celebration}\n{a|{b|c}}\n" + huge + "}\n");
  const Result run = Unspin("rules import spin.txt -o spin.rules");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("warning: spin.txt:2: nested spintax is not supported; line skipped"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("warning: spin.txt:3: a set of 4000 items (more than 50); line skipped"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("3 lines read, 2 skipped, 4 rules written"), std::string::npos)
      << run.err;
  EXPECT_EQ(Unspin("rules test spin.rules").exit_code, 0);
}

TEST_F(CliTest, RulesImportGivesWordingsWithTheSameIdDistinctIds) {
  // LibreOffice's MyThes layout, as in mythes-en-us: "ad-lib" and "ad lib"
  // would both be imported.ad-lib.
  Write("th.dat",
        "UTF-8\nimprovise|1\n(verb)|ad-lib|extemporize|perform (generic term)\n"
        "impromptu|2\n(adj)|ad lib|spontaneous\n(adv)|Ad Lib\n");
  const Result run = Unspin("rules import th.dat -o th.rules");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string rules = ReadFile(dir_ / "th.rules");
  EXPECT_NE(rules.find("rule imported.ad-lib\n  spun:       ad lib\n"), std::string::npos) << rules;
  EXPECT_NE(rules.find("rule imported.ad-lib-2\n  spun:       ad-lib\n"), std::string::npos)
      << rules;
  EXPECT_EQ(rules.find("perform"), std::string::npos) << "a related term is not a synonym";
  const Result load = Unspin("--spell=off --no-vocab --rules th.rules", "x\n");
  EXPECT_EQ(load.exit_code, 0) << load.err;
}

}  // namespace
}  // namespace unspin
