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

  fs::path dir_;
};

}  // namespace unspin
