#pragma once

#include "app/core/Result.h"
#include "app/core/Session.h"
#include "ui/console/ConsoleOptions.h"

#include <QObject>

#include <memory>

namespace burgernet {

class AuditAnchors;
class AuditLog;
class Clock;
class Database;
class DialogReauthPrompt;
class DispatchJobs;
class MainWindow;
class SessionServices;
class Settings;
class SignInService;
class VirtualClock;

// One signed-in session of the console, owned in dependency order: the session's services (the
// same SessionServices burgernetctl uses), the password check for large live sends and the idle
// lock, the jobs that prepare and queue sends off the window's thread, and the window. main()
// makes one per sign-in; the end-to-end tests make one the same way.
class ConsoleSession : public QObject
{
    Q_OBJECT
public:
    struct Inputs
    {
        Session session;
        Database& database; // the register of the session's mode
        Database& accounts; // the live register: the accounts
        AuditLog& auditLog;
        Settings& settings;
        const Clock& clock;
        QString dataDir;
        bool withWindow = true;
        AuditAnchors* auditAnchors = nullptr; // the live register's copy of the log's checkpoints
        // Training: `clock` itself as the virtual clock an exercise steers; null in live.
        VirtualClock* trainingClock = nullptr;
    };

    explicit ConsoleSession(Inputs inputs, QObject* parent = nullptr);
    ~ConsoleSession() override;

    // Recovers the outbox, starts the dispatcher, then makes the window, which loads the index
    // in the background (without a window the index is loaded first).
    Status start();
    SessionServices& services() { return *m_services; }
    DispatchJobs& jobs() { return *m_jobs; }
    MainWindow* window() { return m_window.get(); }

    // --map-circle: the alert circle and the incident at its centre.
    void drawCircle(const QString& latLonMetres);
    // --send-action: composes and sends in the window's Dispatch dock, waits until every
    // message is final and prints the outcome. The process's exit code.
    int runScriptedSend(const ConsoleOptions& options);

private:
    std::unique_ptr<SignInService> m_signIn;
    std::unique_ptr<DialogReauthPrompt> m_prompt;
    std::unique_ptr<SessionServices> m_services;
    std::unique_ptr<DispatchJobs> m_jobs;
    std::unique_ptr<MainWindow> m_window;
    bool m_withWindow = true;
    VirtualClock* m_trainingClock = nullptr;
};

} // namespace burgernet
