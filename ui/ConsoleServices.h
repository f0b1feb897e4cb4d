#pragma once

#include "app/core/Mode.h"

namespace burgernet {

class AuditService;
class Clock;
class Database;
class SenderService;
class SelectionService;
class Settings;
class VirtualClock;
class SettingsService;
class SessionServices;
class SignInService;
class DispatchJobs;

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
    // Checks the password again to unlock an idle-locked window; null: only signing out helps.
    SignInService* signIn = nullptr;
    SenderService* senders = nullptr; // the Senders… page; absent in tools that have none
    // The participant index for counts on the map; the window makes an empty one when null.
    SelectionService* selection = nullptr;
    // Dispatch: the session's workflow, progress, decisions and dispatcher, and the jobs that
    // prepare and queue sends off the window's thread. Without them the dispatch and actions
    // docks stay placeholders.
    SessionServices* session = nullptr;
    DispatchJobs* dispatchJobs = nullptr;
    // Training: the session's virtual clock, which an exercise steers (Training → Exercises).
    VirtualClock* exerciseClock = nullptr;
};

} // namespace burgernet
