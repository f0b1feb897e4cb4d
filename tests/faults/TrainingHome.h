#pragma once

#include <QHash>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace burgernet::test {

// A workstation's home for the fault tests, made with the real burgernetctl: a live register
// with an administrator and a trainer, a training register with a demo population whose
// policy lets one trainer send to everyone (no second pair of eyes, no password again), and
// the simulated sender at a fast pace. The demo register is made once per test program and
// copied for every home, so that a hundred restarts do not each pay for it.
class TrainingHome
{
public:
    // `registersFolder` (a small file system for the disk-full test) holds the training
    // register and the audit log instead of the home.
    explicit TrainingHome(const QString& registersFolder = {});

    QString path() const { return m_dir.path(); }
    QString training() const { return m_training; }
    QString live() const { return m_live; }
    QString audit() const { return m_audit; }
    // What the simulated sender wrote: one line per message it took.
    QString sendLog() const;
    QProcessEnvironment environment() const;

    // burgernetctl as the trainer on the training register, waited for.
    struct Run
    {
        int exitCode = -1;
        QString out, err;
    };
    Run asTrainer(const QStringList& args, int timeoutMs = 300'000) const;
    Run asAdministrator(const QStringList& args, int timeoutMs = 60'000) const;
    QStringList trainerArguments(const QStringList& args) const;
    QStringList consoleArguments() const;

    // The circle that holds the whole demo population, and the SMS messages a send to it makes.
    static QString everyone();

private:
    Run run(const QStringList& args, int timeoutMs) const;

    QTemporaryDir m_dir;
    QString m_live, m_training, m_audit, m_password, m_adminPassword;
};

// Messages per outbox id in the simulated sender's log, for one action.
QHash<qint64, int> sendsByMessage(const QString& log, qint64 actionId);

// An action's outbox rows against what the sender's log says went out.
struct RowCounts
{
    qint64 rows = 0, reached = 0, uncertain = 0, other = 0;
    qint64 lost = 0;             // neither reached nor uncertain, or "sent" but never sent
    qint64 silentDuplicates = 0; // sent twice although never uncertain
    qint64 uncertainSent = 0;    // uncertain, and in fact sent before the process died
    QSet<qint64> uncertainRows;
};
RowCounts countRows(const QString& training, qint64 actionId, const QHash<qint64, int>& sends);

} // namespace burgernet::test
