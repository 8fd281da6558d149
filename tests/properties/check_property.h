#pragma once
// Runs a rapidcheck property as part of a Google Test with a fixed seed and number of cases, so
// that the suite is deterministic and its time is known. On failure the message carries
// rapidcheck's shrunk counterexample and how to reproduce it.
#include <gtest/gtest.h>
#include <rapidcheck.h>

#include <sstream>

namespace umbrella::testing {

inline constexpr std::uint64_t kPropertySeed = 20250305;

template <typename Property>
void check_property(int cases, Property property) {
  rc::detail::TestParams params;
  params.seed = kPropertySeed;
  params.maxSuccess = cases;
  const ::testing::TestInfo* test = ::testing::UnitTest::GetInstance()->current_test_info();
  rc::detail::TestMetadata metadata;
  metadata.id = std::string(test->test_suite_name()) + "/" + test->name();
  metadata.description = test->name();
  const auto result =
      rc::detail::checkProperty(rc::detail::toProperty(std::move(property)), metadata, params);
  if (!result.template is<rc::detail::SuccessResult>()) {
    std::ostringstream message;
    rc::detail::printResultMessage(result, message);
    FAIL() << message.str();
  }
}

}  // namespace umbrella::testing
