// The .efg reader on any bytes. A game it reads must survive the round trip through the writer:
// written and read again, it is the same game.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "game/efg_reader.h"
#include "game/efg_writer.h"
#include "sandbox.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace umbrella::game;
  umbrella::fuzz::expect_clear_error([&] {
    const Game game = read_efg(umbrella::fuzz::as_text(data, size), "input.efg").game;
    if (!(read_efg(write_efg(game), "written.efg").game == game)) std::abort();
  });
  return 0;
}
