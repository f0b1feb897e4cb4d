#pragma once

#include "core/Result.h"
#include "storage/DatabaseSpec.h"

#include <QString>
#include <QTextStream>

#include <memory>

namespace burgernet {

class Clock;
class Database;
class Settings;

// What every subcommand gets: where to write, which register to use, the clock and settings.
class CtlContext
{
public:
    CtlContext(QTextStream& out, QTextStream& err, const Clock& clock, Settings& settings);
    ~CtlContext();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    Settings& settings() { return m_settings; }

    void setDatabaseSpec(const DatabaseSpec& spec) { m_spec = spec; }
    const DatabaseSpec& databaseSpec() const { return m_spec; }
    // Opens (and migrates) the register on first use.
    Result<Database*> database();

private:
    QTextStream& m_out;
    QTextStream& m_err;
    const Clock& m_clock;
    Settings& m_settings;
    DatabaseSpec m_spec;
    std::unique_ptr<Database> m_db;
};

// Exit codes of burgernetctl.
enum CtlExit : int { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace burgernet
