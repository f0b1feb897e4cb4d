#pragma once

#include "core/Mode.h"

namespace burgernet {

class Clock;
class Database;
class Settings;

// What the window is given by the composition root. The window owns none of it.
struct ConsoleServices
{
    Settings& settings;
    Database& database;
    const Clock& clock;
    Mode mode = Mode::Live;
};

} // namespace burgernet
