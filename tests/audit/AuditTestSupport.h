#pragma once

#include "app/audit/AuditLog.h"
#include "app/audit/SigningKey.h"
#include "app/audit/SqliteHandle.h"
#include "tests/support/FakeClock.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace burgernet::test {

// An audit log in a temporary folder, on a fake clock, with helpers to tamper with it the way
// an attacker with write access to the file would (the append-only triggers dropped first).
class AuditFixture
{
public:
    explicit AuditFixture(int checkpointEvery = 10);
    ~AuditFixture();

    AuditLog& log() { return *m_log; }
    FakeClock& clock() { return m_clock; }
    QString path() const;
    QString keyPath() const;
    void reopen();
    void close(); // signs the final checkpoint
    // Appends `count` ordinary records (dispatch-like) and returns the last seq.
    qint64 appendSome(int count);

    // Runs SQL on the closed file with the triggers out of the way.
    void tamper(const QStringList& statements);
    // Recomputes the hash of record `seq` and of every record after it, as an attacker who knows
    // the format would (the chain is then self-consistent again). With `signer`, every
    // checkpoint record on the way is signed again, over its new head, with that key.
    void rehashFrom(qint64 seq, const SigningKey* signer = nullptr);
    // Renumbers the records 1, 2, 3 … in their order (after deletions), then rehashes them all.
    void renumberAndRehash(const SigningKey* signer = nullptr);
    // This log's signing key, as its file holds it.
    SigningKey key() const;

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_checkpointEvery;
    std::unique_ptr<AuditLog> m_log;
};

AuditEvent sampleEvent(int i);

// The attacker's tool, on a log whose append-only triggers are gone: the records from `from` on
// are read, the one at `from` changed by `edit`, the checkpoint records left out when asked,
// numbered on from `from`, rehashed, and with `signer` their checkpoints signed again over their
// new heads. Inside the caller's transaction.
void rewriteChain(SqliteHandle& db, const QString& logId, qint64 from,
                  const std::function<void(AuditRecord&)>& edit, bool dropCheckpoints,
                  const SigningKey* signer);

} // namespace burgernet::test
