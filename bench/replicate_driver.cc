// Runs replicates 0..N-1 of the baseline (N from the command line, 200 unless given) into one
// reused record and prints a 64-bit FNV-1a hash of every byte of every record: the fixed workload
// that callgrind counts instructions on, and the check that a change left every result bit alone.
// Usage and the figures: docs/performance.md, "Instructions per replicate".
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "engine/simulation.h"
#include "scenario/loader.h"

namespace {

std::uint64_t fnv1a(std::uint64_t hash, const std::vector<double>& record) {
  for (const double value : record) {
    unsigned char bytes[sizeof value];
    std::memcpy(bytes, &value, sizeof value);
    for (const unsigned char byte : bytes) {
      hash ^= byte;
      hash *= 0x100000001b3ULL;
    }
  }
  return hash;
}

}  // namespace

int main(int argc, char** argv) {
  const std::uint32_t replicates = argc > 1 ? static_cast<std::uint32_t>(std::stoul(argv[1])) : 200;
  const umbrella::Scenario scenario =
      umbrella::load_scenario(UMBRELLA_SOURCE_DIR "/scenarios/baseline-2025.yaml");
  umbrella::RunOptions options;
  options.replicates = static_cast<int>(replicates);
  const umbrella::Simulation simulation(scenario, options);
  std::vector<double> record(simulation.record_size());
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (std::uint32_t r = 0; r < replicates; ++r) {
    simulation.run_replicate(r, record, nullptr);
    hash = fnv1a(hash, record);
  }
  std::printf("%u replicates, hash %016llx\n", replicates, static_cast<unsigned long long>(hash));
  return 0;
}
