#pragma once

#include "core/Mode.h"

namespace burgernet {

class ActionService;
class AuditService;
class Clock;
class Database;
class SelectionService;
class Settings;
class SettingsService;

// What the window is given by the composition root. The window owns none of it; every user
// action goes through one of the services, which record it in the audit log.
struct ConsoleServices
{
    Settings& settings;
    Database& database;
    const Clock& clock;
    AuditService& audit;
    SettingsService& settingsService;
    Mode mode = Mode::Live;
    // Dispatch: without them the dispatch and actions docks stay placeholders.
    ActionService* actions = nullptr;
    const SelectionService* selection = nullptr;
};

} // namespace burgernet
