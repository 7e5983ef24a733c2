// A test fixture that runs the real unspin binary in a scratch directory.
#pragma once

#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_paths.h"

namespace unspin {

namespace fs = std::filesystem;

struct Result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string ReadFile(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream contents;
  contents << file.rdbuf();
  return contents.str();
}

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // The process id too: test runs of other checkouts on the same machine
    // must not share (and remove) each other's directories.
    dir_ = fs::temp_directory_path() /
           ("unspin_cli_" + std::to_string(::getpid()) + "_" +
            std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
    return (dir_ / name).string();
  }

  // Runs `unspin ARGS` in `dir_` with `input` on stdin.
  Result Unspin(const std::string& args, const std::string& input = "") {
    const std::string in = Write("stdin.txt", input);
    const std::string command = "cd '" + dir_.string() + "' && '" + testing::BinaryPath() + "' " +
                                args + " <'" + in + "' >'" + (dir_ / "out").string() + "' 2>'" +
                                (dir_ / "err").string() + "'";
    const int status = std::system(command.c_str());
    Result run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = ReadFile(dir_ / "out");
    run.err = ReadFile(dir_ / "err");
    return run;
  }

  // A story spun by one family: `--check` flags it (exit 1), unspin restores
  // exactly `original`, and `original` itself is neither flagged nor changed.
  void ExpectSpunStoryFlaggedAndRestored(const std::string& spun, const std::string& original) {
    Write("spun.txt", spun);
    const Result check = Unspin("--spell=off --check spun.txt");
    EXPECT_EQ(check.exit_code, 1) << check.out << check.err;
    EXPECT_EQ(Unspin("--spell=off spun.txt").out, original);
    Write("original.txt", original);
    EXPECT_EQ(Unspin("--spell=off --check original.txt").exit_code, 0);
    EXPECT_EQ(Unspin("--spell=off original.txt").out, original);
  }

  // Clean text using a family's spun words in their ordinary senses: not
  // flagged, no edit, bytes unchanged.
  void ExpectCleanTextLeftAlone(const std::string& clean) {
    Write("clean.txt", clean);
    const Result check = Unspin("--spell=off --check clean.txt");
    EXPECT_EQ(check.exit_code, 0) << check.out;
    EXPECT_NE(check.out.find(", 0 edits"), std::string::npos) << check.out;
    EXPECT_EQ(Unspin("--spell=off clean.txt").out, clean);
  }

  fs::path dir_;
};

}  // namespace unspin
